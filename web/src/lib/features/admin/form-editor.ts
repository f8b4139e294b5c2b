/**
 * The administrator's form editor (issue 17): questions and checklist as the editor holds them
 * (text boxes hold strings), turned into the mutation's input and into the preview, which renders
 * with the same code as the apply wizard (`features/applications/form-questions.ts`).
 */
import type { ChecklistItemInput, DocumentKind, FormQuestionInput, QuestionKind } from '$lib/graphql/generated/graphql';
import type { Question } from '$lib/features/applications/form-questions';

export const QUESTION_KINDS = ['TEXT', 'LONG_TEXT', 'NUMBER', 'MONEY', 'DATE', 'MONTH', 'CHOICE', 'YES_NO'] as const satisfies readonly QuestionKind[];
export const DOCUMENT_KINDS = [
  'ID_CARD', 'LABOUR_CONTRACT', 'DEGREE_CERTIFICATE', 'TITLE_CERTIFICATE', 'SOCIAL_INSURANCE_RECORD', 'TAX_RECORD', 'INCOME_PROOF',
  'RESIDENCE_PERMIT', 'HUKOU_PROOF', 'RENTAL_CONTRACT', 'NO_PROPERTY_STATEMENT', 'EMPLOYER_RECOMMENDATION', 'PHOTO', 'RECEIPT', 'OTHER',
] as const satisfies readonly DocumentKind[];

export interface EditedQuestion {
  key: string;
  kind: QuestionKind;
  labelZh: string;
  labelEn: string;
  helpZh: string;
  helpEn: string;
  required: boolean;
  /** One option a line: VALUE | 中文 | English. */
  options: string;
  min: string;
  max: string;
}

/** Per document kind: not asked, required or optional. */
export type ChecklistChoice = 'NONE' | 'REQUIRED' | 'OPTIONAL';

export const blankQuestion = (n: number): EditedQuestion => ({
  key: `question${n}`, kind: 'TEXT', labelZh: '', labelEn: '', helpZh: '', helpEn: '', required: false, options: '', min: '', max: '',
});

const numeric = (kind: QuestionKind) => kind === 'NUMBER' || kind === 'MONEY';
const bound = (raw: string): number | null => (raw.trim() === '' ? null : Number(raw.trim()));

function parsedOptions(q: EditedQuestion): { value: string; labelZh: string; labelEn: string }[] | null {
  if (q.kind !== 'CHOICE') return null;
  return q.options.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [value = '', zh = '', en = ''] = line.split('|').map((part) => part.trim());
    return { value, labelZh: zh, labelEn: en || zh };
  });
}

/** What the mutation sends; the server checks it all again. */
export function questionInputs(questions: readonly EditedQuestion[]): FormQuestionInput[] {
  return questions.map((q) => ({
    key: q.key.trim(), kind: q.kind, labelZh: q.labelZh.trim(), labelEn: q.labelEn.trim(), required: q.required,
    helpZh: q.helpZh.trim() || null, helpEn: q.helpEn.trim() || null, options: parsedOptions(q),
    min: numeric(q.kind) ? bound(q.min) : null, max: numeric(q.kind) ? bound(q.max) : null,
  }));
}

/** The questions as the apply form will show them. */
export function previewQuestions(questions: readonly EditedQuestion[]): Question[] {
  return questionInputs(questions).map((q) => ({ ...q, helpZh: q.helpZh ?? null, helpEn: q.helpEn ?? null, min: q.min ?? null, max: q.max ?? null, options: q.options ?? null }));
}

export function editedQuestions(questions: readonly Question[]): EditedQuestion[] {
  return questions.map((q) => ({
    key: q.key, kind: q.kind, labelZh: q.labelZh, labelEn: q.labelEn, helpZh: q.helpZh ?? '', helpEn: q.helpEn ?? '', required: q.required,
    options: (q.options ?? []).map((o) => `${o.value} | ${o.labelZh} | ${o.labelEn}`).join('\n'),
    min: q.min == null ? '' : String(q.min), max: q.max == null ? '' : String(q.max),
  }));
}

export function checklistInputs(choices: Readonly<Record<string, ChecklistChoice>>): ChecklistItemInput[] {
  return DOCUMENT_KINDS.filter((kind) => (choices[kind] ?? 'NONE') !== 'NONE').map((kind) => ({ kind, required: choices[kind] === 'REQUIRED' }));
}

export function checklistChoices(items: readonly { kind: DocumentKind; required: boolean }[]): Record<string, ChecklistChoice> {
  return Object.fromEntries(items.map((i) => [i.kind, i.required ? 'REQUIRED' : 'OPTIONAL']));
}

/** Server errors by path without `input.` (e.g. `form.questions.0.labelZh`), for the field they are about. */
export function errorsByPath(errors: readonly { field?: string | null; message: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors ?? []) if (e.field) out[e.field.replace(/^input\./, '')] ??= e.message;
  return out;
}

import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { FieldErrors, UserInputErrors } from '../../core/errors/domain-error.js';
import { checkAnswersAgainst, checkQuestionDefinitions, type FormQuestionInput, QuestionKind as K, type StoredQuestion } from './form-question.js';

const q = (key: string, kind: K, extra: Partial<StoredQuestion> = {}): StoredQuestion =>
  ({ key, kind, labelZh: key, labelEn: key, helpZh: null, helpEn: null, required: false, options: null, min: null, max: null, ...extra });

const QUESTIONS = [
  q('rent', K.MONEY, { min: 1, max: 1_000_000, required: true }),
  q('size', K.NUMBER, { min: 1, max: 10 }),
  q('from', K.DATE),
  q('month', K.MONTH),
  q('layout', K.CHOICE, { options: [{ value: 'STUDIO', labelZh: '开间', labelEn: 'studio' }, { value: 'ONE_BEDROOM', labelZh: '一室户', labelEn: 'one-bedroom' }] }),
  q('married', K.YES_NO),
  q('address', K.TEXT),
  q('note', K.LONG_TEXT),
];

function problems(answers: Record<string, unknown>, submitting = false): Record<string, string> {
  const errors = new FieldErrors();
  checkAnswersAgainst(errors, QUESTIONS, answers, submitting);
  try {
    errors.throwIfAny();
    return {};
  } catch (error) {
    return Object.fromEntries((error as UserInputErrors).errors.map((e) => [e.field ?? '', e.code]));
  }
}

describe('checkAnswersAgainst', () => {
  it('keeps well-formed answers, trimmed, and drops empty ones', () => {
    const errors = new FieldErrors();
    const out = checkAnswersAgainst(errors, QUESTIONS, { rent: ' 4200 ', size: '3', from: '2027-03-01', month: '2027-03', layout: 'STUDIO', married: 'NO', address: '月浦镇 1 号', note: 'a\nb' }, true);
    expect(errors.isEmpty).toBe(true);
    expect(out).toEqual({ rent: '4200', size: '3', from: '2027-03-01', month: '2027-03', layout: 'STUDIO', married: 'NO', address: '月浦镇 1 号', note: 'a\nb' });
    expect(checkAnswersAgainst(new FieldErrors(), QUESTIONS, { note: '   ' }, false)).toEqual({});
  });

  it('refuses wrong kinds, out of range, unknown options and unknown keys, each on its own field', () => {
    expect(problems({ rent: '4,200', size: '11', from: '2027-02-30', month: '2027-13', layout: 'PENTHOUSE', married: 'maybe', address: 'two\nlines', extra: 'x' })).toEqual({
      'input.answers.rent': 'INVALID', 'input.answers.size': 'INVALID', 'input.answers.from': 'INVALID', 'input.answers.month': 'INVALID',
      'input.answers.layout': 'INVALID', 'input.answers.married': 'INVALID', 'input.answers.address': 'INVALID', 'input.answers.extra': 'INVALID',
    });
    expect(problems({ rent: '1e3' })).toEqual({ 'input.answers.rent': 'INVALID' });
    expect(problems({ rent: '0x10' })).toEqual({ 'input.answers.rent': 'INVALID' });
    expect(problems({ rent: '-5' })).toEqual({ 'input.answers.rent': 'INVALID' });
    expect(problems({ 'bad key!': 'x' })).toEqual({ 'input.answers': 'INVALID' });
    expect(problems({ note: 5 })).toEqual({ 'input.answers.note': 'INVALID' });
  });

  it('refuses null bytes, control characters and oversize answers', () => {
    expect(problems({ note: 'a\u0000b' })).toEqual({ 'input.answers.note': 'INVALID' });
    expect(problems({ note: 'a\u0007b' })).toEqual({ 'input.answers.note': 'INVALID' });
    expect(problems({ note: 'x'.repeat(100_000) })).toEqual({ 'input.answers.note': 'TOO_LONG' });
    expect(problems(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'x'])))).toEqual({ 'input.answers': 'TOO_LONG' });
  });

  it('lets a draft leave a required question empty; submitting needs it', () => {
    expect(problems({ size: '2' }, false)).toEqual({});
    expect(problems({ size: '2' }, true)).toEqual({ 'input.answers.rent': 'REQUIRED' });
    expect(problems({ rent: '  ' }, true)).toEqual({ 'input.answers.rent': 'REQUIRED' });
  });
});

const def = (over: Partial<FormQuestionInput> = {}): FormQuestionInput => ({ key: 'k', kind: K.TEXT, labelZh: '问', labelEn: 'Q', required: false, ...over });

function definitionProblems(questions: FormQuestionInput[]): Record<string, string> {
  const errors = new FieldErrors();
  checkQuestionDefinitions(errors, 'input.form.questions', questions);
  try {
    errors.throwIfAny();
    return {};
  } catch (error) {
    return Object.fromEntries((error as UserInputErrors).errors.map((e) => [e.field ?? '', e.code]));
  }
}

describe('checkQuestionDefinitions', () => {
  it('stores a well-formed question with nulls for what is not given', () => {
    const errors = new FieldErrors();
    expect(checkQuestionDefinitions(errors, 'q', [def({ key: 'rent', kind: K.MONEY, min: 1, max: 5, helpZh: ' 说明 ' })])).toEqual([
      { key: 'rent', kind: K.MONEY, labelZh: '问', labelEn: 'Q', helpZh: '说明', helpEn: null, required: false, options: null, min: 1, max: 5 },
    ]);
    expect(errors.isEmpty).toBe(true);
  });

  it('refuses duplicate and malformed keys, missing and oversize labels, options off a choice, ranges off a number', () => {
    expect(definitionProblems([def(), def()])).toEqual({ 'input.form.questions.1.key': 'DUPLICATE' });
    expect(definitionProblems([def({ key: '1x' })])).toEqual({ 'input.form.questions.0.key': 'INVALID' });
    expect(definitionProblems([def({ labelZh: ' ' })])).toEqual({ 'input.form.questions.0.labelZh': 'REQUIRED' });
    expect(definitionProblems([def({ labelEn: 'x'.repeat(100_000) })])).toEqual({ 'input.form.questions.0.labelEn': 'TOO_LONG' });
    expect(definitionProblems([def({ options: [{ value: 'A', labelZh: 'a', labelEn: 'a' }] })])).toEqual({ 'input.form.questions.0.options': 'INVALID' });
    expect(definitionProblems([def({ min: 1 })])).toEqual({ 'input.form.questions.0.min': 'INVALID' });
    expect(definitionProblems([def({ kind: K.NUMBER, min: 5, max: 1 })])).toEqual({ 'input.form.questions.0.max': 'OUT_OF_RANGE' });
    expect(definitionProblems([def({ kind: K.MONEY, min: -1 })])).toEqual({ 'input.form.questions.0.min': 'OUT_OF_RANGE' });
    expect(definitionProblems([def({ kind: K.CHOICE, options: [{ value: 'A', labelZh: 'a', labelEn: 'a' }, { value: 'A', labelZh: 'b', labelEn: 'b' }] })]))
      .toEqual({ 'input.form.questions.0.options.1.value': 'DUPLICATE' });
    expect(definitionProblems([def({ kind: K.CHOICE, options: [] })])).toEqual({ 'input.form.questions.0.options': 'INVALID' });
    expect(definitionProblems(Array.from({ length: 41 }, (_, i) => def({ key: `k${i}` })))).toEqual({ 'input.form.questions': 'TOO_LONG' });
  });
});

import { UserErrorCode, type LocalisedText } from './errors/domain-error.js';

/**
 * What any text a user sends may contain, by kind of field. One table, applied to every GraphQL
 * argument and input field by `core/graphql/input-guard.ts` before a resolver runs, and by the
 * plain HTTP routes (upload fields, file names) through `textProblem`.
 *
 * These are outer limits that keep hostile text away from the database and the logs: a NUL
 * (PostgreSQL text and jsonb refuse U+0000), a lone UTF-16 surrogate (not valid UTF-8), 100 KB
 * where a name belongs. Services keep their own, usually tighter, rules with friendlier words
 * (e.g. a reason of at most 500 characters); text over a limit is refused, never cut.
 */
export enum TextKind {
  /** Codes, keys, references, cursors, dates and months written as text, phone and ID numbers. */
  IDENTIFIER = 'IDENTIFIER',
  /** A person's or an organisation's name, a job title. */
  NAME = 'NAME',
  /** One-line labels shown in lists: titles, themes, venues, addresses. */
  TITLE = 'TITLE',
  EMAIL = 'EMAIL',
  PASSWORD = 'PASSWORD',
  SEARCH = 'SEARCH',
  /** Free text over several lines: reasons, notes, answers, descriptions, policy text. */
  TEXT = 'TEXT',
  /** A whole pasted file, such as a CSV import. */
  DOCUMENT = 'DOCUMENT',
}

interface KindRule {
  /** Most characters (Unicode code points, as PostgreSQL's varchar counts them). */
  max: number;
  /** Newlines and tabs refused (they are allowed in free text). */
  singleLine: boolean;
  /** Control characters refused (all but tab, newline and carriage return on several lines). */
  noControls: boolean;
  /**
   * Text-direction controls (U+202A–U+202E, U+2066–U+2069) refused. They let "gpj.exe" show as
   * "exe.jpg" and make a name look like another in a list, so names, identifiers, e-mail
   * addresses and titles refuse them; free text and search keep them, because quoting Arabic
   * or Hebrew text legitimately needs them and they cannot spoof anything outside that text.
   */
  noBidiControls: boolean;
}

export const TEXT_RULES: Readonly<Record<TextKind, KindRule>> = {
  [TextKind.IDENTIFIER]: { max: 100, singleLine: true, noControls: true, noBidiControls: true },
  [TextKind.NAME]: { max: 200, singleLine: true, noControls: true, noBidiControls: true },
  [TextKind.TITLE]: { max: 300, singleLine: true, noControls: true, noBidiControls: true },
  // RFC 5321: a forward path holds at most 254 characters.
  [TextKind.EMAIL]: { max: 254, singleLine: true, noControls: true, noBidiControls: true },
  // Generous for pass phrases, and otherwise anything but NUL: a password is hashed, never shown,
  // and refusing characters an existing one may hold would lock its owner out.
  [TextKind.PASSWORD]: { max: 1024, singleLine: false, noControls: false, noBidiControls: false },
  [TextKind.SEARCH]: { max: 200, singleLine: true, noControls: true, noBidiControls: false },
  [TextKind.TEXT]: { max: 5000, singleLine: false, noControls: true, noBidiControls: false },
  [TextKind.DOCUMENT]: { max: 512_000, singleLine: false, noControls: true, noBidiControls: false },
};

/**
 * The kind of a field from its name (a `Zh`/`En` suffix is ignored), for fields that do not
 * declare one with `@Extensions({ textKind: TextKind.X })`. Unknown names are identifiers:
 * the strictest one-line kind, so a new free-text field fails loudly in its first test rather
 * than letting 100 KB through.
 */
const KIND_BY_NAME: [RegExp, TextKind][] = [
  [/^(email|contactEmail)$/, TextKind.EMAIL],
  [/^password$/, TextKind.PASSWORD],
  [/^search$/, TextKind.SEARCH],
  [/^csv$/, TextKind.DOCUMENT],
  [/^(name|displayName|legalName|contactName|payeeAccountName|payeeBank|position)$/, TextKind.NAME],
  [/^(title|theme|venue|address|field|processingTime)$/, TextKind.TITLE],
  [
    /^(description|summary|requirements|benefits|eligibility|documents|process|note|changeNote|allocationNote|reason|comment|reply|conditions|question|purpose|value|legalBasis)$/,
    TextKind.TEXT,
  ],
];

export function textKindForName(name: string): TextKind {
  const base = name.replace(/(Zh|En)$/, '');
  return KIND_BY_NAME.find(([pattern]) => pattern.test(base))?.[1] ?? TextKind.IDENTIFIER;
}

export interface TextProblem {
  code: UserErrorCode;
  message: LocalisedText;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls but tab, newline and carriage return; DEL; C1 controls.
const CONTROL_MULTILINE = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_SINGLE_LINE = /[\u0001-\u001F\u007F-\u009F\u2028\u2029]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** What is wrong with `text` for a field of `kind`, or null when it may pass. */
export function textProblem(text: string, kind: TextKind): TextProblem | null {
  const rule = TEXT_RULES[kind];
  // Cheap first: UTF-16 length is at least the number of code points.
  if (text.length > rule.max) {
    const length = codePoints(text);
    if (length > rule.max) {
      return { code: UserErrorCode.TOO_LONG, message: { zh: `最多 ${rule.max} 个字符（现有 ${length} 个）。`, en: `At most ${rule.max} characters (this has ${length}).` } };
    }
  }
  if (text.includes('\u0000')) {
    return { code: UserErrorCode.INVALID, message: { zh: '不能包含空字符（U+0000）。', en: 'Must not contain a null character (U+0000).' } };
  }
  if (LONE_SURROGATE.test(text)) {
    return { code: UserErrorCode.INVALID, message: { zh: '包含无效的字符编码（不成对的代理项）。', en: 'Contains an invalid character (an unpaired UTF-16 surrogate).' } };
  }
  if (rule.noControls && (rule.singleLine ? CONTROL_SINGLE_LINE : CONTROL_MULTILINE).test(text)) {
    return rule.singleLine
      ? { code: UserErrorCode.INVALID, message: { zh: '只能是一行文字，不能包含换行或控制字符。', en: 'Must be a single line without line breaks or control characters.' } }
      : { code: UserErrorCode.INVALID, message: { zh: '不能包含控制字符。', en: 'Must not contain control characters.' } };
  }
  if (rule.noBidiControls && BIDI_CONTROL.test(text)) {
    return { code: UserErrorCode.INVALID, message: { zh: '不能包含文字方向控制字符（如 U+202E）。', en: 'Must not contain text-direction control characters (such as U+202E).' } };
  }
  return null;
}

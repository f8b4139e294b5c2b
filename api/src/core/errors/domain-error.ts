/**
 * The two error channels of the house rules.
 *
 * - `UserInputErrors`: what a user can fix (validation, a duplicate, a state conflict). Services
 *   throw it; resolvers turn it into `errors: [UserError!]!` on the mutation payload.
 * - `DomainError`: authentication, access, a missing record, a lost race. Mapped to a top-level
 *   GraphQL error with `extensions.code` in exactly one place (`format-error.ts`).
 */

/** Text in both of the platform's languages; the request's locale picks one. */
export interface LocalisedText {
  zh: string;
  en: string;
}

/** A record named in both languages (a project, an operator, a rule set, an organisation), as messages quote it. */
export interface BilingualName {
  nameZh: string;
  nameEn: string;
}

export type Locale = 'zh-CN' | 'en';

export function pick(text: LocalisedText, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/** zh-CN unless the browser asks for English first. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export enum UserErrorCode {
  REQUIRED = 'REQUIRED',
  INVALID = 'INVALID',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  DUPLICATE = 'DUPLICATE',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  CONFLICT = 'CONFLICT',
  INVALID_STATE = 'INVALID_STATE',
}

export interface UserErrorData {
  /** Dotted path of the input field at fault (e.g. `input.residentIdNumber`), null for the whole form. */
  field: string | null;
  code: UserErrorCode;
  message: LocalisedText;
  /** The record the problem is about (e.g. the open application a duplicate would repeat), for the UI to open. */
  recordId?: string | null;
}

export class UserInputErrors extends Error {
  constructor(readonly errors: UserErrorData[]) {
    super(errors.map((e) => `${e.field ?? '(form)'}: ${e.code}`).join('; '));
    this.name = 'UserInputErrors';
  }
}

/** A single problem a user can fix, for services that refuse on the first one (a lost claim, a state conflict). */
export function oneUserError(field: string | null, code: UserErrorCode, message: LocalisedText): UserInputErrors;
/** The same with the two languages written inline (modules not yet moved to a message catalogue). */
export function oneUserError(field: string | null, code: UserErrorCode, zh: string, en: string): UserInputErrors;
export function oneUserError(field: string | null, code: UserErrorCode, zhOrMessage: string | LocalisedText, en?: string): UserInputErrors {
  return new UserInputErrors([{ field, code, message: typeof zhOrMessage === 'string' ? { zh: zhOrMessage, en: en ?? '' } : zhOrMessage }]);
}

/** Collects field errors while a service checks an input, then throws them all at once. */
export class FieldErrors {
  private readonly list: UserErrorData[] = [];

  add(field: string | null, code: UserErrorCode, zh: string, en: string, recordId: string | null = null): this {
    this.list.push({ field, code, message: { zh, en }, recordId });
    return this;
  }

  /** `add` with a message from a module's catalogue; goes through `add`, so a subclass that filters `add` sees it too. */
  addText(field: string | null, code: UserErrorCode, message: LocalisedText, recordId: string | null = null): this {
    return this.add(field, code, message.zh, message.en, recordId);
  }

  has(field: string): boolean {
    return this.list.some((e) => e.field === field);
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /** The problems so far (an importer reports them per row instead of throwing). */
  get all(): readonly UserErrorData[] {
    return this.list;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new UserInputErrors([...this.list]);
  }
}

export enum DomainErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly text: LocalisedText,
  ) {
    super(text.en);
    this.name = 'DomainError';
  }

  static unauthenticated(): DomainError {
    return new DomainError(DomainErrorCode.UNAUTHENTICATED, { zh: '请先登录。', en: 'Please sign in first.' });
  }

  static forbidden(): DomainError {
    return new DomainError(DomainErrorCode.FORBIDDEN, { zh: '您没有权限执行此操作。', en: 'You do not have permission to do this.' });
  }

  /** Also the answer for a record that exists but is not the viewer's, so ids cannot be probed. */
  static notFound(what: LocalisedText = { zh: '记录', en: 'record' }): DomainError {
    return new DomainError(DomainErrorCode.NOT_FOUND, { zh: `未找到该${what.zh}。`, en: `That ${what.en} was not found.` });
  }

  static conflict(text: LocalisedText): DomainError {
    return new DomainError(DomainErrorCode.CONFLICT, text);
  }
}

import { GraphQLError } from 'graphql';
import { UserErrorCode, UserInputErrors, type Locale, type UserErrorData } from '../../core/errors/domain-error.js';
import { toUserErrors } from '../../core/graphql/user-error.js';
import { PolicyInputError, type FieldError } from './rules/index.js';

const CODE: Record<FieldError['code'], UserErrorCode> = {
  REQUIRED: UserErrorCode.REQUIRED,
  OUT_OF_RANGE: UserErrorCode.OUT_OF_RANGE,
  NOT_A_NUMBER: UserErrorCode.INVALID,
  NOT_AN_INTEGER: UserErrorCode.INVALID,
  NOT_A_BOOLEAN: UserErrorCode.INVALID,
  INVALID_OPTION: UserErrorCode.INVALID,
  INVALID_DATE: UserErrorCode.INVALID,
  CONTRADICTS: UserErrorCode.INVALID,
};

/** The rule engine's field errors as the house's user errors, with the argument's path in front. */
export function userErrorsOf(errors: readonly FieldError[], prefix: string): UserErrorData[] {
  return errors.map((e) => ({ field: `${prefix}.${e.field}`, code: CODE[e.code], message: e.message }));
}

/** Runs an evaluation; the engine's input errors become UserInputErrors under `prefix`. */
export function evaluating<T>(prefix: string, evaluate: () => T): T {
  try {
    return evaluate();
  } catch (error) {
    if (error instanceof PolicyInputError) throw new UserInputErrors(userErrorsOf(error.errors, prefix));
    throw error;
  }
}

/**
 * For queries (which have no payload): what the user can fix becomes one top-level error with
 * code BAD_USER_INPUT, its message the first problem, and `extensions.fieldErrors` listing every
 * problem as { field, code, message } so a form can show each one beside its field.
 */
export async function withQueryInputErrors<T>(locale: Locale, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof UserInputErrors)) throw error;
    const fieldErrors = toUserErrors(error.errors, locale);
    throw new GraphQLError(fieldErrors[0]?.message ?? 'Bad input', { extensions: { code: 'BAD_USER_INPUT', fieldErrors } });
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { theRow } from '../../core/db/rows.js';
import { FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { isIsoDate } from '../../core/validation.js';
import { ApplicationStatus as S, STATUS_NAMES } from './application-status.js';
import { APPLICATION_MESSAGES as M } from './application.messages.js';

/** Checks of what applicants, HR and reviewers type, shared by the drafting and the workflow steps. */

export function invalidState(status: S): UserInputErrors {
  return new UserInputErrors([{ field: null, code: UserErrorCode.INVALID_STATE, message: M.invalidState(STATUS_NAMES[status]) }]);
}

export function requireReason(raw: string | null | undefined): string {
  const reason = (raw ?? '').trim();
  if (!reason) throw new UserInputErrors([{ field: 'input.reason', code: UserErrorCode.REQUIRED, message: M.reasonMissing }]);
  if (reason.length > 1000) throw new UserInputErrors([{ field: 'input.reason', code: UserErrorCode.TOO_LONG, message: M.reasonTooLong }]);
  return reason;
}

/** What the town saw in place of the employer's confirmation (a contract, a call); kept in the history. */
export function requireEvidence(raw: string | null | undefined): string {
  const evidence = (raw ?? '').trim();
  if (!evidence) throw new UserInputErrors([{ field: 'input.evidence', code: UserErrorCode.REQUIRED, message: M.evidenceMissing }]);
  if (evidence.length > 1000) throw new UserInputErrors([{ field: 'input.evidence', code: UserErrorCode.TOO_LONG, message: M.evidenceTooLong }]);
  return evidence;
}

export function optionalNote(raw: string | null | undefined): string | null {
  const note = (raw ?? '').trim();
  return note ? requireReason(note) : null;
}

export function requirePaymentReference(raw: string | null | undefined): string {
  const reference = (raw ?? '').trim();
  if (!/^[A-Za-z0-9-]{4,64}$/.test(reference)) {
    throw new UserInputErrors([{ field: 'input.paymentReference', code: reference ? UserErrorCode.INVALID : UserErrorCode.REQUIRED, message: M.paymentReference }]);
  }
  return reference;
}

export function requireAllocationNote(raw: string | null | undefined): string {
  const note = (raw ?? '').trim();
  if (!note) throw new UserInputErrors([{ field: 'input.allocationNote', code: UserErrorCode.REQUIRED, message: M.allocationNoteMissing }]);
  return note.slice(0, 1000);
}

export function checkIdempotencyKey(errors: FieldErrors, raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (!/^[\w-]{8,100}$/.test(raw)) errors.addText('input.idempotencyKey', UserErrorCode.INVALID, M.idempotencyKeyFormat);
  return raw;
}

export function checkDate(errors: FieldErrors, field: string, raw: string | null, required: boolean): string | null {
  if (!raw) {
    if (required) errors.addText(field, UserErrorCode.REQUIRED, M.dateMissing);
    return null;
  }
  if (!isIsoDate(raw)) {
    errors.addText(field, UserErrorCode.INVALID, M.dateFormat);
    return null;
  }
  return raw;
}

/** The next readable reference, YP-<year>-<six digits>, from the database's sequence (on the transaction's own connection). */
export async function nextReference(tx: EntityManager): Promise<string> {
  const { seq } = theRow(await tx.execute<{ seq: string }[]>(`select nextval('application_reference_seq') as seq`), 'nextval');
  return `YP-${shanghaiToday().slice(0, 4)}-${String(seq).padStart(6, '0')}`;
}

/** The name of the constraint or index a database error is about (pg reports it; MikroORM keeps it). */
export function constraintOf(error: unknown): string | undefined {
  return (error as { constraint?: string }).constraint;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { theRow } from '../../core/db/rows.js';
import { FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { isIsoDate } from '../../core/validation.js';
import { ApplicationStatus as S, STATUS_NAMES } from './application-status.js';

/** Checks of what applicants, HR and reviewers type, shared by the drafting and the workflow steps. */

export function invalidState(status: S): UserInputErrors {
  return new UserInputErrors([{ field: null, code: UserErrorCode.INVALID_STATE, message: {
    zh: `申请当前状态为「${STATUS_NAMES[status].zh}」，不能进行此操作。`,
    en: `The application is now "${STATUS_NAMES[status].en}"; this step is not possible.`,
  } }]);
}

export function requireReason(raw: string | null | undefined): string {
  const reason = (raw ?? '').trim();
  if (!reason) throw new UserInputErrors([{ field: 'input.reason', code: UserErrorCode.REQUIRED, message: { zh: '请填写理由，申请人会看到。', en: 'Give a reason; the applicant will see it.' } }]);
  if (reason.length > 1000) throw new UserInputErrors([{ field: 'input.reason', code: UserErrorCode.TOO_LONG, message: { zh: '理由最多 1000 个字。', en: 'The reason can have at most 1000 characters.' } }]);
  return reason;
}

/** What the town saw in place of the employer's confirmation (a contract, a call); kept in the history. */
export function requireEvidence(raw: string | null | undefined): string {
  const evidence = (raw ?? '').trim();
  if (!evidence) throw new UserInputErrors([{ field: 'input.evidence', code: UserErrorCode.REQUIRED, message: { zh: '请写明核实依据（如查看的劳动合同、与单位的通话），会记入办理记录。', en: 'Say what the confirmation rests on (e.g. the labour contract seen, a call with the enterprise); it goes into the history.' } }]);
  if (evidence.length > 1000) throw new UserInputErrors([{ field: 'input.evidence', code: UserErrorCode.TOO_LONG, message: { zh: '核实依据最多 1000 个字。', en: 'The evidence note can have at most 1000 characters.' } }]);
  return evidence;
}

export function optionalNote(raw: string | null | undefined): string | null {
  const note = (raw ?? '').trim();
  return note ? requireReason(note) : null;
}

export function requirePaymentReference(raw: string | null | undefined): string {
  const reference = (raw ?? '').trim();
  if (!/^[A-Za-z0-9-]{4,64}$/.test(reference)) {
    throw new UserInputErrors([{ field: 'input.paymentReference', code: reference ? UserErrorCode.INVALID : UserErrorCode.REQUIRED, message: {
      zh: '请填写银行流水号（4–64 位字母、数字或连字符）。', en: 'Enter the bank\'s transfer number (4–64 letters, digits or hyphens).' } }]);
  }
  return reference;
}

export function requireAllocationNote(raw: string | null | undefined): string {
  const note = (raw ?? '').trim();
  if (!note) throw new UserInputErrors([{ field: 'input.allocationNote', code: UserErrorCode.REQUIRED, message: { zh: '请填写配房说明。', en: 'Describe the allocation.' } }]);
  return note.slice(0, 1000);
}

export function checkIdempotencyKey(errors: FieldErrors, raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (!/^[\w-]{8,100}$/.test(raw)) errors.add('input.idempotencyKey', UserErrorCode.INVALID, '幂等键应为 8–100 位字母、数字、下划线或连字符。', 'An idempotency key has 8–100 letters, digits, underscores or hyphens.');
  return raw;
}

export function checkDate(errors: FieldErrors, field: string, raw: string | null, required: boolean): string | null {
  if (!raw) {
    if (required) errors.add(field, UserErrorCode.REQUIRED, '请填写日期。', 'Enter the date.');
    return null;
  }
  if (!isIsoDate(raw)) {
    errors.add(field, UserErrorCode.INVALID, '日期应为 YYYY-MM-DD 格式。', 'Dates look like 2026-07-01.');
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

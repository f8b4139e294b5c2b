import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalisedText } from '../../core/errors/domain-error.js';
import { secondsUntilShanghaiMidnight, shanghaiToday } from '../../core/time/shanghai.js';
import { DOCUMENT_MESSAGES as M } from './document.messages.js';

/** How much one person may upload in one Shanghai calendar day (UPLOAD_QUOTA_FILES, UPLOAD_QUOTA_BYTES). */
export interface UploadQuotaLimits {
  filesPerDay: number;
  bytesPerDay: number;
}

export type QuotaCheck = { ok: true } | { ok: false; reason: 'FILES' | 'BYTES'; retryAfterSeconds: number };

export { secondsUntilShanghaiMidnight };

function mb(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
}

/** What the person is told, with the limits in numbers (zh first, en). */
export function quotaMessage(limits: UploadQuotaLimits, reason: 'FILES' | 'BYTES'): LocalisedText {
  return reason === 'FILES' ? M.dailyFilesReached(limits.filesPerDay) : M.dailyBytesReached(mb(limits.bytesPerDay));
}

/**
 * The per-person daily upload quota, counted in PostgreSQL so that a burst of parallel uploads,
 * spread over any number of instances, can never pass it: `reserve` is one upsert that adds the
 * upload to the day's row only when the result stays within both limits, and PostgreSQL's row
 * lock on that row puts concurrent reservations one after the other. An upload that fails after
 * its reservation (storage, database) gives it back with `release`.
 */
export class UploadQuota {
  constructor(private readonly em: EntityManager, private readonly limits: UploadQuotaLimits) {}

  /**
   * A cheap look before the body is read: whether today's file count is already used up. Not a
   * guarantee (parallel uploads pass it together); `reserve` is.
   */
  async full(userId: string, now = new Date()): Promise<QuotaCheck> {
    const rows = await this.em.execute<{ files: number }[]>(
      'select files from upload_quota_usage where user_id = ? and day = ?', [userId, shanghaiToday(now)]);
    return (rows[0]?.files ?? 0) >= this.limits.filesPerDay
      ? { ok: false, reason: 'FILES', retryAfterSeconds: secondsUntilShanghaiMidnight(now) }
      : { ok: true };
  }

  /** Counts one upload of `bytes` for today, or refuses it (and counts nothing). */
  async reserve(userId: string, bytes: number, now = new Date()): Promise<QuotaCheck> {
    const day = shanghaiToday(now);
    const { filesPerDay, bytesPerDay } = this.limits;
    // The insert's own select refuses a single file over the byte limit on the day's first upload;
    // the update's where refuses everything over either limit later. No row back means refused.
    const rows = await this.em.execute<{ files: number }[]>(
      `insert into upload_quota_usage as u (user_id, day, files, bytes)
         select ?, ?::date, 1, ?::bigint where 1 <= ?::int and ?::bigint <= ?::bigint
       on conflict (user_id, day) do update set files = u.files + 1, bytes = u.bytes + excluded.bytes
         where u.files + 1 <= ?::int and u.bytes + excluded.bytes <= ?::bigint
       returning files`,
      [userId, day, bytes, filesPerDay, bytes, bytesPerDay, filesPerDay, bytesPerDay],
    );
    const [reserved] = rows;
    if (reserved) {
      // The day's first upload clears the person's old days, so the table stays small.
      if (reserved.files === 1) await this.em.execute('delete from upload_quota_usage where user_id = ? and day < ?::date - 7', [userId, day]);
      return { ok: true };
    }
    const [usage] = await this.em.execute<{ files: number }[]>(
      'select files from upload_quota_usage where user_id = ? and day = ?', [userId, day]);
    const reason = (usage?.files ?? 0) + 1 > filesPerDay ? 'FILES' : 'BYTES';
    return { ok: false, reason, retryAfterSeconds: secondsUntilShanghaiMidnight(now) };
  }

  /** Gives back a reservation whose upload did not end up stored. */
  async release(userId: string, bytes: number, now = new Date()): Promise<void> {
    await this.em.execute(
      `update upload_quota_usage set files = greatest(files - 1, 0), bytes = greatest(bytes - ?::bigint, 0) where user_id = ? and day = ?`,
      [bytes, userId, shanghaiToday(now)],
    );
  }
}

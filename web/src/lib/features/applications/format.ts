/**
 * How the application pages write money, times, sizes and waiting days. Times are Shanghai
 * times whatever the browser's zone: the town works on Beijing time.
 */
import { date, dateTime, money } from '$lib/format';
import { locale, t } from '$lib/i18n';

/** `1.2 万元` / `CNY 12,000` (see `$lib/format`). */
export const formatYuan = money;
export const formatDateTime = dateTime;
export const formatDate = date;

/** A cap as the pages show it: the amount, marked 示例 / sample when it is sample data; 待配置 when there is none. */
export function formatCap(form: { amountCapYuan?: number | null; amountCapIsSample?: boolean }): string {
  if (form.amountCapYuan == null) return t('applications.cap.notConfigured');
  return form.amountCapIsSample ? t('applications.cap.sample', { cap: money(form.amountCapYuan) }) : money(form.amountCapYuan);
}

/** `12.5 KB`, `3.1 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whole days from an instant until now (0 on the same day). */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}

/** A short name for a content type: PDF, JPEG, PNG. */
export function typeName(contentType: string): string {
  return contentType.split('/').pop()?.toUpperCase() ?? contentType;
}

/** Today in Shanghai as YYYY-MM-DD, for date inputs' `min`/`max`. */
export function shanghaiToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A fresh idempotency key. `crypto.randomUUID` exists only on secure pages (https, localhost);
 * on plain http inside an office network, fall back to random bytes shaped like a UUID.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A policy's title in the current language. */
export function policyTitle(policy: { current: { titleZh: string; titleEn: string } }): string {
  return locale.current === 'en' ? policy.current.titleEn || policy.current.titleZh : policy.current.titleZh || policy.current.titleEn;
}

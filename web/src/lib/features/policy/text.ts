/** Picking the current language from the server's paired texts (zh first, en second). */
import { locale } from '$lib/i18n';

export interface Paired {
  readonly zh: string;
  readonly en: string;
}

/** `{ zh, en }` in the current language. Reactive in markup (reads the locale). */
export function pick(text: Paired | null | undefined): string {
  if (!text) return '';
  return locale.current === 'en' ? text.en || text.zh : text.zh || text.en;
}

/** A record's `xZh` / `xEn` pair in the current language, e.g. `field(version, 'title')`. */
export function field<K extends string>(record: { readonly [P in `${K}Zh` | `${K}En`]: string }, name: K): string {
  const zh = record[`${name}Zh` as `${K}Zh`];
  const en = record[`${name}En` as `${K}En`];
  return locale.current === 'en' ? en || zh : zh || en;
}

/** Removes Apollo's `__typename` (and nulls) so saved answers can be sent back as input. */
export function stripTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripTypename) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '__typename' || v === null || v === undefined) continue;
      out[k] = stripTypename(v);
    }
    return out as T;
  }
  return value;
}

// The building blocks of the rule-data schemas (zod): bounded numbers, text, bilingual text,
// provenance, and objects with exactly a given set of keys. Every object is strict: a key the
// schema does not name is refused, so a typo in an administrator's path is never stored silently.
import { z } from 'zod';

/** Where a rule value comes from: POLICY.md's confidence tags. */
export const CONFIDENCE_TAGS = ['V-official', 'V', 'V-1', 'INF', 'CONFLICT', 'UNKNOWN'] as const;

interface NumberBounds {
  min?: number;
  max?: number;
}

/** A finite number, by default not negative. */
export const num = ({ min = 0, max }: NumberBounds = {}) => {
  const base = z.number().finite().min(min);
  return max === undefined ? base : base.max(max);
};

/** A whole number, by default not negative. */
export const int = (bounds: NumberBounds = {}) => num(bounds).int();

/** Text of at most `max` characters; PostgreSQL's jsonb cannot store U+0000, so it is refused here too. */
export const str = (max = 2000, pattern?: RegExp) => {
  const base = z.string().max(max);
  return (pattern ? base.regex(pattern) : base).refine((s) => !s.includes('\u0000'), { params: { zh: '不能包含空字符（U+0000）', en: 'must not contain a null character (U+0000)' } });
};

export const DATE = str(10, /^\d{4}-\d{2}-\d{2}$/);

/** Text in both languages. */
export const text = (max = 1000) => z.strictObject({ zh: str(max), en: str(max) });

export const PROVENANCE = z.array(z.strictObject({ tag: z.enum(CONFIDENCE_TAGS), note: str() })).max(50);

/** Legal basis and provenance carried by every indicator. */
export const BASIS = { legalBasis: str(500), provenance: PROVENANCE };

/** An object whose keys are exactly `keys`, each value checked by `of`. */
export function exactRecord<K extends string, S extends z.ZodTypeAny>(keys: readonly K[], of: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, of])) as Record<K, S>);
}

/** `values` without `left`, typed as such (tier and award tables have no row for NONE). */
export const without = <T extends string, L extends T>(values: readonly T[], left: L): Exclude<T, L>[] => values.filter((v): v is Exclude<T, L> => v !== left);

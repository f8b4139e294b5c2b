/**
 * The rule-set form's values: each field of the rule data (from its zod schema on the server) is
 * edited as text and turned back into JSON; only values that differ from the version being
 * replaced are sent as changes. The server validates them with the same schema and decides.
 */

export type FieldKind = 'NUMBER' | 'INTEGER' | 'TEXT' | 'BOOLEAN' | 'CHOICE' | 'TEXT_LIST' | 'JSON';

export interface RuleField {
  path: string;
  kind: FieldKind;
  nullable: boolean;
  min?: number | null;
  max?: number | null;
  options: readonly string[];
  value?: unknown;
}

export interface VersionLike {
  version: number;
  effectiveFrom: string;
}

/** The version in force on `date`: the latest by effective date (then number) not after it. */
export function versionOn<V extends VersionLike>(versions: readonly V[], date: string): V | null {
  return versions.filter((v) => v.effectiveFrom <= date).toSorted((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0] ?? null;
}

/** A stored value as the text in its box (null: empty, meaning 待配置 where allowed). */
export function toText(field: RuleField): string {
  const value = field.value ?? null;
  if (value === null) return '';
  switch (field.kind) {
    case 'TEXT_LIST':
      return (value as string[]).join('\n');
    case 'JSON':
      return JSON.stringify(value, null, 2);
    default:
      return String(value);
  }
}

/** The text in a box as the value to store, or `{ problem }` when it cannot be one. */
export function fromText(field: RuleField, text: string): { value: unknown } | { problem: 'number' | 'json' } {
  const trimmed = text.trim();
  if (trimmed === '' && field.kind !== 'TEXT') return { value: field.kind === 'TEXT_LIST' && !field.nullable ? [] : null };
  switch (field.kind) {
    case 'NUMBER':
    case 'INTEGER': {
      const plain = trimmed.replace(/[,，\s]/g, '');
      return /^-?\d+(\.\d+)?$/.test(plain) ? { value: Number(plain) } : { problem: 'number' };
    }
    case 'BOOLEAN':
      return { value: trimmed === 'true' };
    case 'TEXT_LIST':
      return { value: text.split('\n').map((line) => line.trim()).filter(Boolean) };
    case 'JSON':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch {
        return { problem: 'json' };
      }
    case 'TEXT':
      return { value: trimmed === '' && field.nullable ? null : text };
    default:
      return { value: trimmed };
  }
}

export interface Changes {
  changes: { path: string; value: unknown }[];
  problems: Record<string, 'number' | 'json'>;
}

/** The changes against the base version's values, and the boxes that hold no valid value. */
export function changesFrom(fields: readonly RuleField[], texts: Readonly<Record<string, string>>): Changes {
  const changes: Changes['changes'] = [];
  const problems: Changes['problems'] = {};
  for (const field of fields) {
    const text = texts[field.path];
    if (text === undefined || text === toText(field)) continue;
    const parsed = fromText(field, text);
    if ('problem' in parsed) problems[field.path] = parsed.problem;
    else if (JSON.stringify(parsed.value) !== JSON.stringify(field.value ?? null)) changes.push({ path: field.path, value: parsed.value });
  }
  return { changes, problems };
}

/** A value for the diff and audit tables: 待配置 for null, lists and objects as JSON. */
export function shown(value: unknown, notConfigured: string): string {
  if (value === null || value === undefined) return notConfigured;
  // Large figures grouped (12,434 yuan); small ones such as years as they are (2026).
  if (typeof value === 'number') return Math.abs(value) >= 10_000 ? value.toLocaleString('en-US') : String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The top-level section of a path (`cityAverageMonthlyWage.yuan` → `cityAverageMonthlyWage`), for grouping the form. */
export const sectionOf = (path: string): string => path.split('.')[0] ?? path;

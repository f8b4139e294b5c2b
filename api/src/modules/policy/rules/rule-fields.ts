// The editing form of a kind of rule data, read from its zod schema: one field per value an
// administrator may change, with its kind, bounds and choices, so the web's form and the server's
// checks come from the same schema. Lists of objects (criteria, provenance) are one JSON field.
import type { z } from 'zod';
import { RULE_DATA_SCHEMAS, type RuleKindName } from './rule-data.schema.js';

export type RuleFieldKind = 'NUMBER' | 'INTEGER' | 'TEXT' | 'BOOLEAN' | 'CHOICE' | 'TEXT_LIST' | 'JSON';

export interface RuleField {
  path: string;
  kind: RuleFieldKind;
  nullable: boolean;
  min: number | null;
  max: number | null;
  options: string[];
  value: unknown;
}

interface Def {
  typeName: string;
  checks?: { kind: string; value?: number }[];
  innerType?: z.ZodTypeAny;
  schema?: z.ZodTypeAny;
  type?: z.ZodTypeAny;
  values?: string[];
  shape?: () => Record<string, z.ZodTypeAny>;
}

const defOf = (schema: z.ZodTypeAny) => schema._def as Def;

/** Unwraps nullable and refinements: the schema of the value itself, and whether null is allowed. */
function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (;;) {
    const def = defOf(inner);
    if (def.typeName === 'ZodNullable' && def.innerType) { nullable = true; inner = def.innerType; }
    else if (def.typeName === 'ZodEffects' && def.schema) inner = def.schema;
    else return { inner, nullable };
  }
}

const bound = (def: Def, kind: 'min' | 'max') => def.checks?.find((c) => c.kind === kind)?.value ?? null;

function leaf(path: string, schema: z.ZodTypeAny, value: unknown): RuleField {
  const { inner, nullable } = unwrap(schema);
  const def = defOf(inner);
  const base = { path, nullable, min: null, max: null, options: [] as string[], value };
  switch (def.typeName) {
    case 'ZodNumber':
      return { ...base, kind: def.checks?.some((c) => c.kind === 'int') ? 'INTEGER' : 'NUMBER', min: bound(def, 'min'), max: bound(def, 'max') };
    case 'ZodString':
      return { ...base, kind: 'TEXT', max: bound(def, 'max') };
    case 'ZodBoolean':
      return { ...base, kind: 'BOOLEAN' };
    case 'ZodEnum':
      return { ...base, kind: 'CHOICE', options: def.values ?? [] };
    case 'ZodArray': {
      const item = unwrap(def.type!).inner;
      return defOf(item).typeName === 'ZodString' ? { ...base, kind: 'TEXT_LIST', max: bound(defOf(item), 'max') } : { ...base, kind: 'JSON' };
    }
    default:
      return { ...base, kind: 'JSON' };
  }
}

function walk(schema: z.ZodTypeAny, value: unknown, path: string): RuleField[] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.typeName === 'ZodObject' && def.shape && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    return Object.entries(def.shape()).flatMap(([key, sub]) => walk(sub, record[key] ?? null, path ? `${path}.${key}` : key));
  }
  return [leaf(path, schema, value)];
}

/** The form's fields for rule data of `kind`, with the values of `data` (a stored version). */
export function ruleDataFields(kind: RuleKindName, data: unknown): RuleField[] {
  return walk(RULE_DATA_SCHEMAS[kind], data, '');
}

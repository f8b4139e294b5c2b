// What a draft changes against the version it replaces: one entry per changed value, by path.
// Objects are compared key by key; a list that changed is one entry (its items have no stable
// identity to pair them by).

export interface RuleDataChange {
  path: string;
  from: unknown;
  to: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function diffRuleData(from: unknown, to: unknown, path = ''): RuleDataChange[] {
  if (isObject(from) && isObject(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    return keys.flatMap((key) => diffRuleData(from[key] ?? null, to[key] ?? null, path ? `${path}.${key}` : key));
  }
  return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ path: path || '(root)', from, to }];
}

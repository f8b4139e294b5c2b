type Strings<N extends number, R extends string[] = []> = R['length'] extends N ? R : Strings<N, [...R, string]>;

/**
 * The `count` capture groups of `pattern` in `text`, or null when it does not match. For patterns
 * whose groups all take part in every match (none optional, none in one branch of `|`): a group
 * that did not is a mistake in the pattern and throws.
 */
export function matchGroups<N extends number>(pattern: RegExp, text: string, count: N): Strings<N> | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const groups: (string | undefined)[] = match.slice(1);
  if (groups.length !== count || groups.includes(undefined)) throw new Error(`${String(pattern)} has groups that do not all take part in a match`);
  return groups as Strings<N>;
}

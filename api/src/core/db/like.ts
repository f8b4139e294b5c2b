/**
 * A LIKE / ILIKE pattern that finds `text` anywhere in a column, with the `%`, `_` and `\` a person
 * typed matched as themselves (backslash is PostgreSQL's default LIKE escape). Bind it as a
 * parameter; never splice it into SQL.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

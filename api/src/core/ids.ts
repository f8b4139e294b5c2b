/**
 * The one way to read a record id. Every table keys on a PostgreSQL `uuid`; a string that is not
 * one must never reach a query (PostgreSQL answers `invalid input syntax for type uuid`, which
 * surfaced as an internal error). GraphQL arguments get this check from the `UUID` scalar
 * (`core/graphql/scalars.ts`); plain HTTP routes call `parseUuid` on their path parameters.
 */

// The canonical 8-4-4-4-12 hex form only: PostgreSQL also accepts braces and missing hyphens,
// but no client of ours sends those, and one accepted spelling keeps ids comparable as text.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && value.length === 36 && UUID_PATTERN.test(value);
}

/** The id in the lower case PostgreSQL prints, or null when `value` is not a UUID. */
export function parseUuid(value: unknown): string | null {
  return isUuid(value) ? value.toLowerCase() : null;
}

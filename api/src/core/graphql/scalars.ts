import type { GraphQLScalarType } from 'graphql';
import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';

// Built with graphql-scalars' own GraphQLScalarType class: under vite-node the source's `graphql`
// import can be a second copy of the library, whose scalars type-graphql would not recognise.
const Scalar = GraphQLLocalDate.constructor as typeof GraphQLScalarType;

/**
 * Shared scalars, with bilingual descriptions. Import these (not graphql-scalars' own objects):
 * two scalar objects with the same name make the schema build fail.
 */
export const LocalDateScalar = new Scalar({
  ...GraphQLLocalDate.toConfig(),
  description: '日期（不含时区），格式 YYYY-MM-DD，如 2026-01-01 / A calendar date without time zone, YYYY-MM-DD, e.g. 2026-01-01',
});

export const JSONScalar = new Scalar({
  ...GraphQLJSON.toConfig(),
  description: '任意 JSON 值（对象、列表、文字、数字、true/false 或 null）/ Any JSON value (object, list, string, number, boolean or null)',
});

// Shanghai is UTC+8 all year (no daylight saving).
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in Asia/Shanghai, YYYY-MM-DD. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Noon in Shanghai on a YYYY-MM-DD date, as an instant (for month arithmetic on that date). */
export function shanghaiNoon(date: string): Date {
  return new Date(`${date}T12:00:00+08:00`);
}

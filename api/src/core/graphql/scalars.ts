import { Kind, type GraphQLScalarType } from 'graphql';
import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { parseUuid } from '../ids.js';

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

const NOT_A_UUID = '不是有效的编号（应为 UUID，如 00000000-0000-4000-8000-000000000001）/ Not a valid id (expected a UUID such as 00000000-0000-4000-8000-000000000001)';

function uuidOrThrow(value: unknown): string {
  const id = parseUuid(value);
  // A plain error: graphql-js prefixes it with the argument or variable at fault, and Apollo
  // answers BAD_USER_INPUT (HTTP 400) before any resolver runs.
  if (id === null) throw new TypeError(NOT_A_UUID);
  return id;
}

/**
 * Every argument and input field that names a record. A malformed id is refused here, before
 * any resolver or SQL runs, with BAD_USER_INPUT naming the argument; a well-formed id that
 * matches nothing the viewer may see answers like a missing record (null or NOT_FOUND), as
 * before. Output `id` fields stay `ID` (clients key their caches on them).
 */
export const UUIDScalar = new Scalar({
  name: 'UUID',
  description: '记录编号（UUID，如 00000000-0000-4000-8000-000000000001）；格式不对的编号在执行前即被拒绝（BAD_USER_INPUT）/ A record id (a UUID such as 00000000-0000-4000-8000-000000000001); a malformed one is refused before anything runs (BAD_USER_INPUT)',
  serialize: (value: unknown) => uuidOrThrow(value),
  parseValue: (value: unknown) => uuidOrThrow(value),
  parseLiteral: (ast) => uuidOrThrow(ast.kind === Kind.STRING ? ast.value : null),
});

// Kept here for the many services that import them with the scalars; they live in core/time.

function fenOrThrow(value: unknown): number {
  // Any finite number passes here, so a negative, fractional or huge amount reaches the service
  // and comes back as a field error the form can show; only a non-number is refused outright.
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError('金额应为数字（单位：分）/ An amount must be a number (in fen)');
  return value;
}

/**
 * Money in fen (分, 1/100 yuan) as a whole number: exact, never a floating-point yuan figure.
 * Services check the range and that it is a whole number.
 */
export const FenScalar = new Scalar({
  name: 'Fen',
  description: '金额，单位为分（整数，100 分 = 1 元）/ An amount of money in fen, a whole number (100 fen = 1 yuan)',
  serialize: (value: unknown) => fenOrThrow(typeof value === 'string' ? Number(value) : value),
  parseValue: (value: unknown) => fenOrThrow(value),
  parseLiteral: (ast) => fenOrThrow(ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? Number(ast.value) : null),
});

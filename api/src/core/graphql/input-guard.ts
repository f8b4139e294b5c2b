import { defaultFieldResolver, GraphQLError, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { pick, UserErrorCode, type Locale } from '../errors/domain-error.js';
import { textKindForName, textProblem, TextKind, type TextProblem } from '../text-limits.js';
import { toUserErrors } from './user-error.js';

/**
 * The argument layer's text check: every String, ID and JSON value in a field's arguments,
 * nested input objects and lists included, passes `textProblem` (core/text-limits.ts) before
 * the resolver runs. Installed once on the built schema by `buildAppSchema`, it covers every
 * query, mutation and subscription without a line in the modules.
 *
 * A refused value never reaches a service. A mutation whose payload has `errors: [UserError!]!`
 * answers that payload with one field error per bad value (`input.answers.0.value`) and its
 * other fields empty; anything else answers a top-level BAD_USER_INPUT naming the argument.
 *
 * A field's kind is `@Extensions({ textKind: TextKind.X })` on an input field, or, for an
 * argument, `@Extensions({ textArgs: { argName: TextKind.X } })` on the resolver method;
 * otherwise it follows from the field's name (`textKindForName`).
 */

// Wrapper and object types are told apart by their tag rather than graphql-js's `isX` helpers:
// under vite-node the schema can be built by a second copy of graphql, whose classes differ.
const tagOf = (type: unknown): string => (type as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] ?? '';

interface Refused {
  field: string;
  problem: TextProblem;
}

type Check = (value: unknown, path: string, out: Refused[]) => void;

interface InputTypeLike {
  name?: string;
  ofType?: InputTypeLike;
  getFields?: () => Record<string, { name: string; type: InputTypeLike; extensions?: Readonly<Record<string, unknown>> }>;
}

const MAX_JSON_DEPTH = 32;

function checkJson(value: unknown, path: string, out: Refused[], depth = 0): void {
  if (typeof value === 'string') {
    const problem = textProblem(value, TextKind.TEXT);
    if (problem) out.push({ field: path, problem });
  } else if (value !== null && typeof value === 'object') {
    if (depth >= MAX_JSON_DEPTH) {
      out.push({ field: path, problem: { code: UserErrorCode.INVALID, message: { zh: `嵌套层数不能超过 ${MAX_JSON_DEPTH}。`, en: `Nested at most ${MAX_JSON_DEPTH} levels deep.` } } });
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      // jsonb refuses U+0000 in keys as well as in values.
      const keyProblem = textProblem(key, TextKind.IDENTIFIER);
      const at = `${path}.${key.slice(0, 40)}`;
      if (keyProblem) out.push({ field: at, problem: keyProblem });
      else checkJson(item, at, out, depth + 1);
    }
  }
}

/** Builds the check of one input type once, so a request only walks its values. */
class CheckCompiler {
  private readonly objects = new Map<string, Check | null>();

  compile(type: InputTypeLike, kind: TextKind): Check | null {
    const tag = tagOf(type);
    if (tag === 'GraphQLNonNull') return this.compile(type.ofType!, kind);
    if (tag === 'GraphQLList') {
      const item = this.compile(type.ofType!, kind);
      if (!item) return null;
      return (value, path, out) => {
        if (!Array.isArray(value)) { item(value, path, out); return; }
        value.forEach((v, i) => item(v, `${path}.${i}`, out));
      };
    }
    if (tag === 'GraphQLInputObjectType') return this.inputObject(type);
    if (tag === 'GraphQLScalarType') {
      if (type.name === 'String' || type.name === 'ID') {
        return (value, path, out) => {
          if (typeof value !== 'string') return;
          const problem = textProblem(value, kind);
          if (problem) out.push({ field: path, problem });
        };
      }
      if (type.name === 'JSON') return (value, path, out) => checkJson(value, path, out);
    }
    // Enums, numbers, booleans and the parsing scalars (UUID, LocalDate, ...) check themselves.
    return null;
  }

  private inputObject(type: InputTypeLike): Check | null {
    const name = type.name!;
    if (this.objects.has(name)) {
      // A recursive input type: defer to the finished check.
      return (value, path, out) => this.objects.get(name)?.(value, path, out);
    }
    this.objects.set(name, null);
    const fields = Object.values(type.getFields!())
      .map((f) => ({ name: f.name, check: this.compile(f.type, (f.extensions?.textKind as TextKind | undefined) ?? textKindForName(f.name)) }))
      .filter((f): f is { name: string; check: Check } => f.check !== null);
    const check: Check | null = fields.length === 0 ? null : (value, path, out) => {
      if (value === null || typeof value !== 'object') return;
      for (const f of fields) f.check((value as Record<string, unknown>)[f.name], `${path}.${f.name}`, out);
    };
    this.objects.set(name, check);
    return check;
  }
}

// graphql-js passes whatever context it was given, possibly none.
type FieldLike = GraphQLField<unknown, { locale?: Locale } | undefined>;

/**
 * The answer for refused input: the field's payload with `errors` when it has one whose other
 * required fields have an obvious empty value (false, 0, ''), else null (a top-level error).
 */
function emptyPayload(field: FieldLike): Record<string, unknown> | null {
  let type: unknown = field.type;
  if (tagOf(type) === 'GraphQLNonNull') type = (type as InputTypeLike).ofType;
  if (tagOf(type) !== 'GraphQLObjectType') return null;
  const fields = (type as { getFields(): Record<string, { type: InputTypeLike }> }).getFields();
  if (!fields.errors || !String(fields.errors.type).includes('UserError')) return null;
  const empty: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(fields)) {
    if (name === 'errors' || tagOf(f.type) !== 'GraphQLNonNull') continue;
    const inner = f.type.ofType!;
    if (tagOf(inner) === 'GraphQLList') empty[name] = [];
    else if (inner.name === 'Boolean') empty[name] = false;
    else if (inner.name === 'Int' || inner.name === 'Float') empty[name] = 0;
    else if (inner.name === 'String') empty[name] = '';
    else return null;
  }
  return empty;
}

/** The answer to refused arguments: `first` is `refused[0]`, the one a top-level error names. */
function refusal(field: FieldLike, subscription: boolean): (first: Refused, refused: Refused[], locale: Locale) => unknown {
  const payload = subscription ? null : emptyPayload(field);
  return (first, refused, locale) => {
    if (payload) return { ...payload, errors: toUserErrors(refused.map((r) => ({ field: r.field, ...r.problem })), locale) };
    throw new GraphQLError(`${first.field}: ${pick(first.problem.message, locale)}`, {
      extensions: { code: 'BAD_USER_INPUT', field: first.field, reason: first.problem.code },
    });
  };
}

export function guardTextInputs(schema: GraphQLSchema): GraphQLSchema {
  const compiler = new CheckCompiler();
  const subscriptionType = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (tagOf(type) !== 'GraphQLObjectType' || type.name.startsWith('__')) continue;
    for (const field of Object.values((type as unknown as { getFields(): Record<string, FieldLike> }).getFields())) {
      const declared = (field.extensions.textArgs ?? {}) as Record<string, TextKind>;
      const checks = field.args
        .map((arg) => ({ name: arg.name, check: compiler.compile(arg.type as InputTypeLike, declared[arg.name] ?? textKindForName(arg.name)) }))
        .filter((c): c is { name: string; check: Check } => c.check !== null);
      if (checks.length === 0) continue;
      const subscription = type === subscriptionType;
      const refuse = refusal(field, subscription);
      const guard = (inner: GraphQLFieldResolver<unknown, { locale?: Locale } | undefined>): GraphQLFieldResolver<unknown, { locale?: Locale } | undefined> =>
        (source, args, context, info) => {
          const refused: Refused[] = [];
          for (const c of checks) c.check((args as Record<string, unknown>)[c.name], c.name, refused);
          const first = refused[0];
          if (first) return refuse(first, refused, context?.locale ?? 'zh-CN');
          return inner(source, args, context, info);
        };
      // A subscription's arguments are checked once, when it starts, not on every event.
      if (subscription) field.subscribe = guard(field.subscribe ?? defaultFieldResolver);
      else field.resolve = guard(field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}

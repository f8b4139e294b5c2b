import { ApolloServer } from '@apollo/server';
import { createRequire } from 'node:module';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, DomainErrorCode } from '../errors/domain-error.js';
import { formatError, funnelErrors } from '../errors/error-funnel.js';
import { compiledExecution, compiledGateway, type CompiledExecution } from './compiled-executor.js';

// Apollo's copy of graphql (see compiled-executor.ts): vite-node's import would be a second one.
const { buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const SDL = `
  scalar DateTimeISO
  type Query {
    person(id: ID!): Person
    items: [Item!]!
    strict: Person!
  }
  type Person {
    id: ID!
    name: String!
    at: DateTimeISO!
    nickname: String
    secret: String
    mandatory: String!
    late: String
    friends: [Person!]
  }
  type Note { text: String! when: DateTimeISO }
  union Item = Person | Note
`;

const at = new Date('2026-12-05T06:07:08.009Z');
const people: Record<string, object> = {
  1: { id: '1', name: 'Ann', at, nickname: null, friendIds: ['2'] },
  2: { id: '2', name: 'Bo', at, nickname: 'b', friendIds: [] },
};
const refused = (code: DomainErrorCode) => new DomainError(code, { zh: '不行', en: `refused: ${code}` });

/** A schema with the app's scalar, funnel and kinds of fields: plain, resolved, async, failing, abstract. */
function testSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  Object.assign(schema.getType('DateTimeISO')!, { serialize: GraphQLDateTimeISO.serialize, parseValue: GraphQLDateTimeISO.parseValue, parseLiteral: GraphQLDateTimeISO.parseLiteral });
  const field = (type: string, name: string) => {
    const found = (schema.getType(type) as GraphQLObjectType).getFields()[name];
    if (!found) throw new Error(`no field ${type}.${name}`);
    return found;
  };
  field('Query', 'person').resolve = (_s, { id }: { id: string }) => people[id] ?? null;
  field('Query', 'items').resolve = async () => [{ ...people[1], kind: 'Person' }, { kind: 'Note', text: 'hi', when: null }];
  field('Query', 'strict').resolve = () => null;
  field('Person', 'secret').resolve = () => { throw refused(DomainErrorCode.FORBIDDEN); };
  field('Person', 'mandatory').resolve = async () => { throw refused(DomainErrorCode.NOT_FOUND); };
  field('Person', 'late').resolve = async () => { throw new Error('a bug'); };
  field('Person', 'friends').resolve = async (person: { friendIds: string[] }) => person.friendIds.map((id) => people[id]);
  (schema.getType('Item') as unknown as { resolveType: (v: { kind: string }) => string }).resolveType = (value) => value.kind;
  return funnelErrors(schema);
}

const logger = { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} };
const contextValue = { locale: 'en', requestId: 'req-1', logger };

let schema: GraphQLSchema;
let execution: CompiledExecution;
let interpreted: ApolloServer<typeof contextValue>;
let compiled: ApolloServer<typeof contextValue>;

beforeAll(async () => {
  schema = testSchema();
  execution = compiledExecution(schema);
  interpreted = new ApolloServer({ schema, formatError, includeStacktraceInErrorResponses: false });
  compiled = new ApolloServer({ gateway: compiledGateway(schema, execution), formatError, includeStacktraceInErrorResponses: false });
  await interpreted.start();
  await compiled.start();
});
afterAll(async () => {
  await interpreted.stop();
  await compiled.stop();
});

/** The whole answer (HTTP status and body) of a server to one operation. */
async function answer(server: ApolloServer<typeof contextValue>, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables }, { contextValue });
  expect(response.body.kind).toBe('single');
  return { status: response.http.status ?? 200, body: JSON.parse(JSON.stringify(response.body.kind === 'single' ? response.body.singleResult : null)) };
}

/**
 * The answer of graphql-js, and the compiled server's answer to the same operation sent twice (an
 * operation is compiled on its second use; the first, when it was new, ran through graphql-js and
 * must say the same), and whether that second answer ran compiled.
 */
async function both(query: string, variables?: Record<string, unknown>) {
  const fromJs = await answer(interpreted, query, variables);
  const firstUse = await answer(compiled, query, variables);
  expect(firstUse).toEqual(fromJs);
  const runs = execution.compiledRuns;
  const fromJit = await answer(compiled, query, variables);
  return { fromJs, fromJit, ranCompiled: execution.compiledRuns === runs + 1 };
}

describe('compiled execution (graphql-jit) answers as graphql-js does', () => {
  it('fragments, @include/@skip, variables with a default, a union and DateTimeISO', async () => {
    const query = `query Q($id: ID!, $withSecret: Boolean!, $skipName: Boolean = false) {
      person(id: $id) { ...P secret @include(if: $withSecret) name @skip(if: $skipName) }
      items { __typename ... on Person { id at } ...N }
    }
    fragment P on Person { id at nickname friends { id name ...F } }
    fragment F on Person { at }
    fragment N on Note { text when }`;
    for (const variables of [{ id: '1', withSecret: false }, { id: '1', withSecret: true, skipName: true }, { id: '9', withSecret: false }]) {
      const { fromJs, fromJit, ranCompiled } = await both(query, variables);
      expect(ranCompiled).toBe(true);
      expect(fromJit).toEqual(fromJs);
    }
    const { fromJit } = await both(query, { id: '1', withSecret: true });
    expect(fromJit.body.data.person).toEqual({ id: '1', at: '2026-12-05T06:07:08.009Z', nickname: null, friends: [{ id: '2', name: 'Bo', at: '2026-12-05T06:07:08.009Z' }], secret: null, name: 'Ann' });
    expect(fromJit.body.errors).toEqual([expect.objectContaining({ message: 'refused: FORBIDDEN', path: ['person', 'secret'], extensions: { code: 'FORBIDDEN' } })]);
  });

  it('an error in a nullable field, in a non-null field (null bubbles to the parent), async and unexpected ones', async () => {
    const { fromJs, fromJit, ranCompiled } = await both(`{ person(id: "1") { id mandatory } other: person(id: "2") { id secret late } }`);
    expect(ranCompiled).toBe(true);
    expect(fromJit).toEqual(fromJs);
    expect(fromJit.body.data).toEqual({ person: null, other: { id: '2', secret: null, late: null } });
    expect(fromJit.body.errors.map((e: { path: string[]; extensions: { code: string } }) => [e.path.join('.'), e.extensions.code]).sort()).toEqual([
      ['other.late', 'INTERNAL_SERVER_ERROR'], ['other.secret', 'FORBIDDEN'], ['person.mandatory', 'NOT_FOUND'],
    ]);
    expect(JSON.stringify(fromJit.body)).not.toContain('a bug');
  });

  it('a null in a non-null root field nulls the whole answer', async () => {
    const { fromJs, fromJit, ranCompiled } = await both(`{ strict { id } }`);
    expect(ranCompiled).toBe(true);
    expect(fromJit).toEqual(fromJs);
    expect(fromJit.body.data).toBeNull();
  });

  it('refused variables get graphql-js\'s words and status (it answers them)', async () => {
    for (const variables of [{}, { id: { a: 1 } }, { id: '1', withSecret: 'yes' }]) {
      const { fromJs, fromJit, ranCompiled } = await both(`query($id: ID!, $withSecret: Boolean) { person(id: $id) { id secret @include(if: $withSecret) } }`, variables);
      expect(ranCompiled).toBe(false);
      expect(fromJit).toEqual(fromJs);
      expect(fromJit.status).toBe(400);
    }
  });

  it('a document without the operation asked for gets graphql-js\'s answer', async () => {
    const response = async (server: ApolloServer<typeof contextValue>) => {
      const result = await server.executeOperation({ query: 'query A { strict { id } } query B { strict { id } }', operationName: 'C' }, { contextValue });
      return { status: result.http.status, body: JSON.parse(JSON.stringify(result.body)) };
    };
    const fromJs = await response(interpreted);
    expect(await response(compiled)).toEqual(fromJs);
    expect(JSON.stringify(fromJs)).toContain('Unknown operation named \\"C\\"');
  });

});

describe('compiled execution: what is compiled and kept', () => {
  /** Runs `{ <alias>: person(id: "1") { id name } }` once on the given execution. */
  const runAlias = async (on: CompiledExecution, alias: string) => {
    const query = `{ ${alias}: person(id: "1") { id name } }`;
    const result = await on.run({ document: parse(query), queryHash: query, operationName: null, operation: 'query', contextValue });
    expect(result).toEqual({ data: { [alias]: { id: '1', name: 'Ann' } } });
  };

  it('compiles an operation on its second use, not its first', async () => {
    const fresh = compiledExecution(schema);
    await runAlias(fresh, 'once');
    expect([fresh.compilations, fresh.compiledRuns, fresh.size]).toEqual([0, 0, 0]);
    await runAlias(fresh, 'once');
    expect([fresh.compilations, fresh.compiledRuns, fresh.size]).toEqual([1, 1, 1]);
    await runAlias(fresh, 'once');
    expect([fresh.compilations, fresh.compiledRuns, fresh.size]).toEqual([1, 2, 1]);
  });

  it('a flood of distinct operations compiles and keeps nothing, and what it remembers is bounded', async () => {
    const flooded = compiledExecution(schema, { compiled: 10, seenOnce: 20 });
    await runAlias(flooded, 'regular');
    await runAlias(flooded, 'regular');
    for (let i = 0; i < 200; i++) await runAlias(flooded, `flood${i}`);
    expect([flooded.compilations, flooded.size]).toEqual([1, 1]);
    // Each one-off is remembered only while 20 newer ones have not pushed it out: flood0 is forgotten, flood199 is not.
    await runAlias(flooded, 'flood0');
    expect(flooded.compilations).toBe(1);
    await runAlias(flooded, 'flood199');
    expect(flooded.compilations).toBe(2);
    // The regular operation stayed compiled through the flood.
    const runs = flooded.compiledRuns;
    await runAlias(flooded, 'regular');
    expect(flooded.compiledRuns).toBe(runs + 1);
  });

  it('keeps at most the given number of compiled operations', async () => {
    const small = compiledExecution(schema, { compiled: 2 });
    for (const alias of ['a', 'a', 'b', 'b', 'a', 'c', 'c', 'd', 'd', 'a']) {
      await runAlias(small, alias);
      expect(small.size).toBeLessThanOrEqual(2);
    }
    // a, b, c, d compiled on their second use; c pushed out b and d pushed out a, so the last a
    // ran through graphql-js, as a first use again.
    expect([small.compilations, small.compiledRuns]).toEqual([4, 5]);
  });
});

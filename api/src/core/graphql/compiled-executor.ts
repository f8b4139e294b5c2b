import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { createRequire } from 'node:module';
import type { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

// The copy of graphql that Apollo, type-graphql and graphql-jit load (they require it). Node's
// `import` of graphql loads that same copy, but under vite-node (tests, the bench) an import gets
// graphql's ES module build, a second copy: its `execute` refuses a schema the other copy built,
// and Apollo would not know its errors for GraphQL errors.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * Operations kept compiled. The web app sends a few hundred distinct operations at most; the cap
 * bounds what a client sending endless distinct queries can make us keep (each compiled operation
 * holds generated functions, several times the size of its document).
 */
export const MAX_COMPILED_OPERATIONS = 300;

/**
 * Operations remembered as used once, not yet compiled. Compiling costs about 14 ms of CPU and
 * keeps generated code; an operation sent once (a test, a script, a flood of distinct queries)
 * would pay that for nothing, so its first use runs through graphql-js and only a second one
 * compiles it. A key is the operation's name and hash (about 100 bytes), so the cap bounds this to
 * a few hundred KB; a flood may push out a real operation's mark, which then compiles one use later.
 */
export const MAX_SEEN_ONCE = 1000;

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** What one operation runs with: its compiled form, or null where graphql-jit refused it. */
type Compiled = CompiledQuery | null;

export interface CompiledExecution {
  /** Runs one operation of an already parsed and validated document, as graphql-js `execute` would. */
  run(args: { document: DocumentNode; queryHash: string; operationName: string | null; operation: 'query' | 'mutation' | 'subscription' | undefined; contextValue: unknown; variables?: Record<string, unknown> }): Promise<ExecutionResult>;
  /** How many operations are kept compiled (tests). */
  readonly size: number;
  /** How many operations ran compiled since start (tests). */
  readonly compiledRuns: number;
  /** How many times graphql-jit compiled an operation since start (tests). */
  readonly compilations: number;
}

/** The caps on what is kept: compiled operations, and operations used once (see the constants). */
export interface CompiledExecutionLimits { compiled?: number; seenOnce?: number }

/**
 * graphql-jit's errors are its own class (a subclass of graphql-js's by prototype only) with no
 * `extensions` when the cause had none, which Apollo's error formatting does not survive. The error
 * a client sees is the same either way: message, locations, path and the cause's extensions.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  // Without extensions of its own, graphql-js takes the cause's, or an empty object.
  const copy = new graphql.GraphQLError(error.message, { path: error.path, originalError: original, extensions: error.extensions });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/**
 * Executes operations with graphql-jit: each operation is compiled once into plain JavaScript for
 * its selection set (no per-field lookups, argument parsing or path bookkeeping at run time) and
 * then run per request (issue 13), from its second use on (its first runs through graphql-js: see
 * MAX_SEEN_ONCE). Anything graphql-jit will not compile, subscriptions (served by graphql-ws over
 * graphql-js; over HTTP they run as graphql-js would) and variables it refuses (graphql-js then
 * says why, in its own words) run through graphql-js `execute`.
 */
export function compiledExecution(schema: GraphQLSchema, limits: CompiledExecutionLimits = {}): CompiledExecution {
  const { compiled: max = MAX_COMPILED_OPERATIONS, seenOnce: maxSeenOnce = MAX_SEEN_ONCE } = limits;
  // Insertion order is use order: a hit is moved to the end, the first entry is the least recent.
  const cache = new Map<string, Compiled>();
  // Keys used once since they were last compiled or pushed out; oldest first.
  const seenOnce = new Set<string>();
  let compiledRuns = 0;
  let compilations = 0;

  /** The operation's compiled form; undefined on its first use (graphql-js runs it then). */
  const compiledFor = (document: DocumentNode, key: string, operationName: string | null): Compiled | undefined => {
    let compiled = cache.get(key);
    if (compiled !== undefined) {
      cache.delete(key);
    } else if (!seenOnce.delete(key)) {
      if (seenOnce.size >= maxSeenOnce) seenOnce.delete(seenOnce.values().next().value as string);
      seenOnce.add(key);
      return undefined;
    } else {
      const result = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      compilations++;
      compiled = isCompiledQuery(result) ? result : null;
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    }
    cache.set(key, compiled);
    return compiled;
  };

  return {
    get size() { return cache.size; },
    get compiledRuns() { return compiledRuns; },
    get compilations() { return compilations; },
    async run({ document, queryHash, operationName, operation, contextValue, variables }) {
      const graphqlJs = () => graphql.execute({ schema, document, operationName, contextValue, variableValues: variables });
      if (operation === undefined || operation === 'subscription') return graphqlJs();
      const compiled = compiledFor(document, `${operationName ?? ''}\u0000${queryHash}`, operationName);
      if (!compiled) return graphqlJs();
      const result = await compiled.query(undefined, contextValue, variables);
      // No data at all: the variables were refused before any resolver ran, so graphql-js can say why.
      if (!('data' in result)) return graphqlJs();
      compiledRuns++;
      return result.errors?.length ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
    },
  };
}

/**
 * Apollo Server runs a gateway's executor after its own parsing, validation (armor's rules
 * included) and document cache, and before formatError and the plugins' response hooks: the one
 * place to swap graphql-js's execution for a compiled one without giving any of those up.
 */
export function compiledGateway(schema: GraphQLSchema, execution: CompiledExecution = compiledExecution(schema)): GatewayInterface {
  const executor: GatewayExecutor = (request) => execution.run({
    document: request.document,
    queryHash: request.queryHash,
    // The client's, as graphql-js is given it: Apollo's own is null when no operation has that name.
    operationName: request.request.operationName ?? null,
    // Typed as always there, but Apollo executes a document with no operation of the name asked
    // for too, so that graphql-js says which is missing.
    operation: (request.operation as OperationDefinitionNode | undefined)?.operation,
    contextValue: request.context,
    variables: request.request.variables,
  });
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

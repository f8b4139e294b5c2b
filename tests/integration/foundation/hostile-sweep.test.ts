import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLIANCE, APARTMENT, BANK, COMMUNITY, ORG, POLICY, RULE_SET, USER } from '../../../seeds/ids.js';
import { GraphQLClient, startTestApp, type GraphQLResponse, type TestApp } from '../../helpers/test-app.js';

/**
 * Every String, ID and UUID argument of every query and mutation in the emitted schema, nested
 * input fields and list items included, gets each hostile value in turn while the other
 * arguments hold valid-looking values, sent by a role that may call the operation. No answer may
 * be an internal error; a refused mutation leaves every table's row count as it was; NUL, a lone
 * surrogate and a malformed id are refused everywhere, naming the field.
 */

const HOSTILE: Record<string, string> = {
  nul: 'a\u0000b',
  '100kb': 'x'.repeat(100 * 1024),
  rtlOverride: '\u202Egnp.exe',
  loneSurrogate: 'a\uD800b',
  sqlish: "'; drop table users; --",
  malformedUuid: '------------------------------------',
};
/** Values every position must refuse (a 100 KB CSV is a real import; the others may pass somewhere). */
const ALWAYS_REFUSED = ['nul', 'loneSurrogate'];

const schema = buildSchema(readFileSync(path.resolve('schema/schema.graphql'), 'utf8'));

type ClientKey = 'talent' | 'hr' | 'coordinator' | 'reviewer' | 'bank' | 'community' | 'admin';
const CLIENT_OF_ROLE: Record<string, ClientKey> = {
  TALENT: 'talent', ENTERPRISE_HR: 'hr', COORDINATOR: 'coordinator', REVIEWER: 'reviewer', BANK_LIAISON: 'bank', COMMUNITY_WORKER: 'community', ADMIN: 'admin',
};
const PROBE_ORDER: (ClientKey | null)[] = [null, 'talent', 'hr', 'coordinator', 'reviewer', 'bank', 'community', 'admin'];

/** Known sample ids by argument name, so a call reaches past "not found" where it can. */
const ID_BY_NAME: Record<string, string> = {
  policyId: POLICY.housingSubsidy,
  organisationId: ORG.enterprises[0], enterpriseId: ORG.enterprises[0], employerId: ORG.enterprises[0], hostOrganisationId: ORG.enterprises[0], partnerId: ORG.enterprises[0],
  branchId: ORG.banks[0], branchIds: ORG.banks[0], productId: BANK.products[0], routeId: BANK.routes[0], answerId: BANK.answers[0],
  eventId: ALLIANCE.events[0], cohortId: ALLIANCE.cohort2026, registrationId: ALLIANCE.registrations[0],
  ruleSetId: RULE_SET.yearlyParameters, operatorId: APARTMENT.operators[0], projectId: APARTMENT.projects[0], unitId: APARTMENT.units[0],
  placeId: COMMUNITY.villages[0], talentUserId: USER.talents[0], personId: USER.talents[0], personIds: USER.talents[0],
};
const SOME_ID = '00000000-0000-4000-8000-00000000fff0';

let serial = 0;
function sampleString(name: string): string {
  if (/email$/i.test(name)) return `sweep-${++serial}@example.com`;
  if (name === 'password') return 'Sweep-password-2026';
  if (/On$|^contract(Start|End)$/.test(name)) return '2027-03-01';
  if (/Month$/.test(name)) return '2026-06';
  if (name === 'period') return '2027-H1';
  if (name === 'phone') return '13800138000';
  if (name === 'key') return 'note';
  if (name === 'code') return 'SWEEP-1';
  return '测试 sweep';
}

function sampleScalar(type: GraphQLNamedType, name: string): unknown {
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (type.name) {
    case 'Int': return 1;
    case 'Float': return 1;
    case 'Boolean': return false;
    case 'UUID': case 'ID': return ID_BY_NAME[name] ?? SOME_ID;
    case 'LocalDate': return '2027-03-01';
    case 'DateTimeISO': return new Date(Date.now() + 10 * 86_400_000).toISOString();
    case 'JSON': return 'sweep';
    default: return sampleString(name);
  }
}

/**
 * A valid-looking value of `type`; along `target` (field names, empty at the hostile position)
 * nullable fields are filled in too, and the hostile value goes at its end.
 */
function valueOf(type: GraphQLInputType, name: string, target: string[] | null, hostile: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, name, target, hostile);
  if (isListType(type)) return [valueOf(type.ofType, name, target, hostile)];
  if (target && target.length === 0) return hostile;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const onPath = target?.[0] === field.name;
      if (onPath) out[field.name] = valueOf(field.type, field.name, target.slice(1), hostile);
      else if (isNonNullType(field.type)) out[field.name] = valueOf(field.type, field.name, null, hostile);
    }
    return out;
  }
  return sampleScalar(type as GraphQLNamedType, name);
}

/** Every place a hostile text can go under `type`: a list of field names below it. */
function textPositions(type: GraphQLInputType, seen: string[] = []): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return ['String', 'ID', 'UUID', 'JSON'].includes(named.name) ? [[]] : [];
  if (!isInputObjectType(named) || seen.includes(named.name)) return [];
  return Object.values(named.getFields()).flatMap((f) => textPositions(f.type, [...seen, named.name]).map((rest) => [f.name, ...rest]));
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isObjectType(named) && named.getFields().errors) return '{ __typename errors { field code } }';
  return '{ __typename }';
}

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

const operations: Operation[] = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
];

function request(op: Operation, argName: string | null, target: string[], hostile: string): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const used = op.field.args.filter((a) => a.name === argName || isNonNullType(a.type));
  for (const arg of used) variables[arg.name] = valueOf(arg.type, arg.name, arg.name === argName ? target : null, hostile);
  const declared = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${op.kind} Sweep${declared ? `(${declared})` : ''} { ${op.field.name}${passed ? `(${passed})` : ''} ${selectionOf(op.field)} }`;
  return { query, variables };
}

let app: TestApp;
const clients = {} as Record<ClientKey, GraphQLClient>;
let tables: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  for (const key of new Set(Object.values(CLIENT_OF_ROLE))) clients[key] = await app.client(key);
  // The sign-in throttle counts every attempt, refused ones too, by design.
  tables = (await app.sql<{ tablename: string }>(`select tablename from pg_tables where schemaname = 'public' and tablename not in ('mikro_orm_migrations', 'sign_in_limits') order by 1`)).map((t) => t.tablename);
});
afterAll(async () => {
  await app.close();
});

async function rowCounts(): Promise<Record<string, number>> {
  const rows = await app.sql<{ t: string; n: number }>(tables.map((t) => `select '${t}' as t, count(*)::int as n from "${t}"`).join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

/** The roles type-graphql's @Authorized gave each operation, by schema name. */
function authorizedRoles(): Map<string, string[]> {
  const storage = getMetadataStorage();
  const byTarget = new Map<string, string[]>();
  for (const a of storage.authorizedFields) byTarget.set(`${a.target.name}.${a.fieldName}`, a.roles as string[]);
  const roles = new Map<string, string[]>();
  for (const handler of [...storage.queries, ...storage.mutations]) {
    const found = byTarget.get(`${handler.target.name}.${handler.methodName}`);
    if (found) roles.set(handler.schemaName, found);
  }
  return roles;
}

const isRefused = (res: GraphQLResponse) => !!res.body.errors?.length || (Object.values(res.body.data ?? {})[0] as { errors?: unknown[] } | null)?.errors?.length;
const deniedAccess = (res: GraphQLResponse) => res.body.errors?.some((e) => ['UNAUTHENTICATED', 'FORBIDDEN'].includes(e.extensions?.code as string));

/** Whether the answer refuses the value at `where` by name (a payload field error, or BAD_USER_INPUT naming it). */
function refusesField(res: GraphQLResponse, where: string, argName: string): boolean {
  const payload = Object.values(res.body.data ?? {})[0] as { errors?: { field: string }[] } | null;
  if (payload?.errors?.some((e) => e.field === where)) return true;
  return !!res.body.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && (e.extensions?.field === where || e.message.includes(`$${argName}`)));
}

describe('every String, ID and UUID argument of every operation, with hostile values', () => {
  it('never answers INTERNAL_SERVER_ERROR, refuses NUL and lone surrogates by field, and a refused mutation changes no table', { timeout: 900_000 }, async () => {
    const roles = authorizedRoles();
    let sent = 0;
    const tally = { refused: 0, accepted: 0, denied: new Set<string>(), internal: [] as string[], unnamed: [] as string[], changed: [] as string[] };

    const send = async (who: ClientKey | null, body: { query: string; variables: Record<string, unknown> }) => {
      sent++;
      // Anonymous calls get a fresh client each time: signUp and signIn would otherwise keep a session.
      const client = who ? clients[who] : await app.client();
      return client.request(body.query, body.variables);
    };

    for (const op of operations) {
      const positions = op.field.args.flatMap((arg) => textPositions(arg.type).map((rest) => ({ arg: arg.name, rest })));
      if (positions.length === 0) continue;

      // A role that may call it: from @Authorized, else the first that is not turned away.
      const declared = roles.get(op.field.name);
      let who: ClientKey | null = declared ? (declared.length ? CLIENT_OF_ROLE[declared[0]] : 'talent') : null;
      if (!declared) {
        for (const candidate of PROBE_ORDER) {
          who = candidate;
          if (!deniedAccess(await send(candidate, request(op, null, [], '')))) break;
        }
      }

      for (const { arg, rest } of positions) {
        const where = [arg, ...rest].join('.');
        for (const [label, hostile] of Object.entries(HOSTILE)) {
          const before = op.kind === 'mutation' ? await rowCounts() : null;
          const res = await send(who, request(op, arg, rest, hostile));
          const what = `${op.field.name}(${where}) ${label}`;
          if (res.status >= 500 || res.body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) tally.internal.push(`${what}: ${res.status} ${JSON.stringify(res.body.errors).slice(0, 300)}`);
          if (deniedAccess(res)) tally.denied.add(op.field.name);
          if (isRefused(res)) {
            tally.refused++;
            if (before) {
              const after = await rowCounts();
              const diff = tables.filter((t) => after[t] !== before[t]);
              if (diff.length) tally.changed.push(`${what}: ${diff.join(', ')}`);
            }
          } else tally.accepted++;
          if (ALWAYS_REFUSED.includes(label) && !refusesField(res, listItemPath(op, arg, rest), arg)) {
            tally.unnamed.push(`${what}: ${JSON.stringify(res.body).slice(0, 300)}`);
          }
        }
      }
    }

    console.log(`hostile sweep: ${sent} requests (${tally.refused} refused, ${tally.accepted} accepted) over ${operations.length} operations; turned away: ${[...tally.denied].join(', ') || 'none'}`);
    expect(tally.internal).toEqual([]);
    expect(tally.changed).toEqual([]);
    expect(tally.unnamed).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});

/** The path the guard names for the position: list items carry their index (`answers.0.value`). */
function listItemPath(op: Operation, argName: string, rest: string[]): string {
  const parts = [argName];
  let type: GraphQLInputType = op.field.args.find((a) => a.name === argName)!.type;
  const step = () => {
    while (isNonNullType(type)) type = type.ofType;
    if (isListType(type)) {
      parts.push('0');
      type = type.ofType;
      while (isNonNullType(type)) type = type.ofType;
    }
  };
  step();
  for (const name of rest) {
    const fields = (type as { getFields(): Record<string, { type: GraphQLInputType }> }).getFields();
    parts.push(name);
    type = fields[name].type;
    step();
  }
  return parts.join('.');
}

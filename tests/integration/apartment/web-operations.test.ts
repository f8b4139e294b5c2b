import { readFileSync } from 'node:fs';
import { parse, print, visit, type DefinitionNode, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APARTMENT } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** One operation of a .graphql file with the fragments it uses, as the web app sends it. */
function operation(doc: DocumentNode, name: string): string {
  const byName = new Map<string, DefinitionNode>();
  for (const d of doc.definitions) if ('name' in d && d.name) byName.set(`${d.kind}:${d.name.value}`, d);
  const parts = [byName.get(`OperationDefinition:${name}`)!];
  const seen = new Set<string>();
  for (let i = 0; i < parts.length; i++) {
    visit(parts[i], { FragmentSpread(node) {
      if (!seen.has(node.name.value)) {
        seen.add(node.name.value);
        parts.push(byName.get(`FragmentDefinition:${node.name.value}`)!);
      }
    } });
  }
  return parts.map((p) => print(p)).join('\n');
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

it('every query of the apartment pages stays within the GraphQL limits (depth, cost) and answers', async () => {
  const doc = parse(readFileSync('web/src/lib/features/apartments/apartments.graphql', 'utf8'));
  const talent = await app.client('talent');
  const coordinator = await app.client('coordinator');
  const queries = doc.definitions.filter((d) => d.kind === 'OperationDefinition' && d.operation === 'query').map((d) => (d as { name: { value: string } }).name.value);
  const variables = { id: APARTMENT.projects[0], layout: 'STUDIO', first: 100 };
  for (const name of queries) {
    const client = ['ApartmentHome', 'MyApartment', 'ApartmentProjectDetail'].includes(name) ? talent : coordinator;
    const res = await client.request(operation(doc, name), name === 'SettlementBatchDetail' ? { id: APARTMENT.projects[0] } : variables);
    expect(res.status, `${name}: ${JSON.stringify(res.body.errors)}`).toBe(200);
    // A batch that does not exist is NOT_FOUND; nothing else may fail.
    expect((res.body.errors ?? []).filter((e) => e.extensions?.code !== 'NOT_FOUND'), name).toEqual([]);
  }
  expect(queries.length).toBeGreaterThanOrEqual(8);
});

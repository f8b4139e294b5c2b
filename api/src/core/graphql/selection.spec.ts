import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asksFor } from './selection.js';

/** The resolve info of the query's first top-level field, as graphql-js would hand it over. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const HISTORY = ['edges', 'node', 'history'];

describe('asksFor', () => {
  it('finds a field at the path, written out, in an inline fragment or in named fragments (nested too)', () => {
    expect(asksFor(infoOf('{ reviewQueue { edges { node { id history { at } } } } }'), HISTORY)).toBe(true);
    expect(asksFor(infoOf('{ reviewQueue { edges { ... on ApplicationEdge { node { history { at } } } } } }'), HISTORY)).toBe(true);
    expect(asksFor(infoOf('{ reviewQueue { edges { node { ...Row } } } } fragment Row on Application { ...Steps } fragment Steps on Application { history { at } }'), HISTORY)).toBe(true);
  });

  it('does not find it elsewhere: another depth, another field of that name, or nowhere', () => {
    expect(asksFor(infoOf('{ reviewQueue { edges { node { id applicant { id } } } } }'), HISTORY)).toBe(false);
    expect(asksFor(infoOf('{ reviewQueue { history { at } edges { node { id } } } }'), HISTORY)).toBe(false);
    expect(asksFor(infoOf('{ reviewQueue { edges { node { policy { history { at } } } } } }'), HISTORY)).toBe(false);
  });

  it('stops on fragments that spread each other', () => {
    expect(asksFor(infoOf('{ reviewQueue { edges { node { ...A } } } } fragment A on Application { ...B } fragment B on Application { ...A }'), HISTORY)).toBe(false);
  });
});

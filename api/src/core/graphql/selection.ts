import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, below the current field, for the field at `path` (e.g. `['edges',
 * 'node', 'history']`), through inline fragments and named fragments alike. A list read uses it to
 * read a relation in its own statement only when the query wants it; a miss costs nothing but
 * that shortcut (the field's resolver still loads what it needs).
 */
export function asksFor(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  const found = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): boolean => {
    if (!set) return false;
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value !== path[depth]) continue;
        if (depth === path.length - 1 || found(selection.selectionSet, depth + 1, seen)) return true;
      } else if (selection.kind === 'InlineFragment') {
        if (found(selection.selectionSet, depth, seen)) return true;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        if (found(info.fragments[selection.name.value]?.selectionSet, depth, seen)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node: FieldNode) => found(node.selectionSet, 0, new Set()));
}

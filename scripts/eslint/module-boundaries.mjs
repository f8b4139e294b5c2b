// ESLint rule: code outside a module of api/src/modules may import only that module's index.ts.
// A module's files import each other freely; everything else (other modules, core, the
// composition root) goes through the module's public surface, so a module can change its insides
// without rippling. scripts/module-graph.mjs checks the other half: no cycles between modules.
import path from 'node:path';

const MODULES = path.resolve('api/src/modules');

/** The module a path lies in, and the path inside it; null outside api/src/modules/<m>/. */
function place(file) {
  const rel = path.relative(MODULES, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [name, ...rest] = rel.split(path.sep);
  return rest.length === 0 ? null : { name, inner: rest.join('/') };
}

export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another module only through its index.ts' },
    messages: {
      deep: "'{{source}}' reaches inside the {{module}} module: import it from its index.ts (export it there if it is part of the module's public surface).",
    },
    schema: [],
  },
  create(context) {
    const from = place(context.filename);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = place(path.resolve(path.dirname(context.filename), source));
      if (!to || to.name === from?.name || to.inner === 'index.js') return;
      context.report({ node: node.source, messageId: 'deep', data: { source, module: to.name } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries } };

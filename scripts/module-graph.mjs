// The API's dependency picture between modules, from madge's file graph: every file under
// api/src/modules/<m>/ counts as module <m>, everything under api/src/core/ as "core".
// `node scripts/module-graph.mjs --check` exits 1 when modules import each other in a cycle;
// It also exits 1 on any cycle of run-time imports between files (type imports left out): with
// decorators and entities evaluated at load, such a cycle meets a class before it is defined.
// `--dot` prints the module graph for Graphviz. Type-only imports count: a cycle through types is
// still two modules that cannot be understood or changed one at a time.
// The composition root (server.ts, context.ts, modules/index.ts, entities.ts, main.ts…) is left
// out: it wires every module together by design, and resolvers name its request-context type.
import madge from 'madge';

const ROOT = 'api/src';

/** The module a file of api/src belongs to; the composition root (server, context, modules/index.ts) is "app". */
export function moduleOf(file) {
  const parts = file.split('/');
  if (parts[0] === 'modules' && parts.length > 2) return parts[1];
  if (parts[0] === 'core') return 'core';
  if (parts[0] === 'migrations') return 'migrations';
  return 'app';
}

const OPTIONS = { fileExtensions: ['ts'], tsConfig: 'tsconfig.json', excludeRegExp: [/\.spec\.ts$/] };

/** Cycles of files that import each other at run time. */
export async function runtimeFileCycles() {
  const result = await madge(ROOT, { ...OPTIONS, detectiveOptions: { ts: { skipTypeImports: true } } });
  return result.circular();
}

export async function moduleGraph() {
  const result = await madge(ROOT, OPTIONS);
  const files = result.obj();
  const edges = new Map();
  for (const [file, deps] of Object.entries(files)) {
    const from = moduleOf(file);
    if (from === 'app') continue;
    for (const dep of deps) {
      const to = moduleOf(dep);
      if (from === to || to === 'app') continue;
      if (!edges.has(from)) edges.set(from, new Map());
      const byTarget = edges.get(from);
      if (!byTarget.has(to)) byTarget.set(to, []);
      byTarget.get(to).push(`${file} → ${dep}`);
    }
  }
  return edges;
}

/** Strongly connected groups of more than one module (Tarjan), each a cycle to break. */
export function moduleCycles(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return groups;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const edges = await moduleGraph();
  if (process.argv.includes('--dot')) {
    console.log('digraph modules {\n  rankdir=LR;');
    for (const [from, targets] of [...edges].sort()) {
      for (const to of [...targets.keys()].sort()) console.log(`  "${from}" -> "${to}";`);
    }
    console.log('}');
  } else {
    const cycles = moduleCycles(edges);
    for (const group of cycles) {
      console.log(`Modules in a cycle: ${group.join(', ')}`);
      for (const from of group) {
        for (const [to, imports] of edges.get(from) ?? []) {
          if (group.includes(to)) for (const line of imports) console.log(`  ${from} → ${to}: ${line}`);
        }
      }
    }
    const fileCycles = await runtimeFileCycles();
    for (const cycle of fileCycles) console.log(`Files importing each other at run time: ${cycle.join(' → ')}`);
    if (cycles.length === 0 && fileCycles.length === 0) {
      console.log(`No cycles between the ${new Set([...edges.keys(), ...[...edges.values()].flatMap((t) => [...t.keys()])]).size} parts of api/src, nor between its files at run time.`);
    }
    if (process.argv.includes('--check') && (cycles.length > 0 || fileCycles.length > 0)) process.exit(1);
  }
}

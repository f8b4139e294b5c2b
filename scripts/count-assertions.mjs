// Counts non-null assertions (`x!`) and type assertions (`x as T`, `<T>x`) in the API source, so
// the strict-types work in issue 11 can report before and after. `as const` is not counted: it
// narrows, it does not override the checker. Migrations are generated and left out.
//
//   node scripts/count-assertions.mjs            per area (core/<dir>, modules/<d>, top level)
//   node scripts/count-assertions.mjs --files    per file, most first
//   node scripts/count-assertions.mjs --json     the per-area table as JSON
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const src = join(root, 'api', 'src');

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(src, 'migrations')) yield* tsFiles(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      yield path;
    }
  }
}

function count(path) {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = { bang: 0, as: 0 };
  const visit = (node) => {
    if (ts.isNonNullExpression(node)) found.bang += 1;
    else if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      if (!ts.isConstTypeReference(node.type)) found.as += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function areaOf(rel) {
  const parts = rel.split(sep);
  if (parts.length === 1) return '(top level)';
  if (parts[0] === 'core' || parts[0] === 'modules') {
    return parts.length === 2 ? `${parts[0]}/(files)` : `${parts[0]}/${parts[1]}`;
  }
  return parts[0];
}

const args = new Set(process.argv.slice(2));
const rows = [];
for (const path of tsFiles(src)) {
  const rel = relative(src, path);
  rows.push({ rel, area: areaOf(rel), spec: rel.endsWith('.spec.ts'), ...count(path) });
}

if (args.has('--files')) {
  rows.sort((a, b) => b.bang + b.as - (a.bang + a.as) || a.rel.localeCompare(b.rel));
  for (const r of rows) if (r.bang + r.as > 0) console.log(`${String(r.bang).padStart(4)} ! ${String(r.as).padStart(4)} as  ${r.rel}`);
  process.exit(0);
}

const areas = new Map();
const total = { src: { bang: 0, as: 0 }, spec: { bang: 0, as: 0 } };
for (const r of rows) {
  const a = areas.get(r.area) ?? { src: { bang: 0, as: 0 }, spec: { bang: 0, as: 0 } };
  const kind = r.spec ? 'spec' : 'src';
  a[kind].bang += r.bang;
  a[kind].as += r.as;
  total[kind].bang += r.bang;
  total[kind].as += r.as;
  areas.set(r.area, a);
}
const table = [...areas].sort(([a], [b]) => a.localeCompare(b));

if (args.has('--json')) {
  console.log(JSON.stringify({ areas: Object.fromEntries(table), total }, null, 2));
  process.exit(0);
}

const cell = (n) => String(n).padStart(5);
console.log(`${'area'.padEnd(24)}${cell('!')}${cell('as')}   spec:${cell('!')}${cell('as')}`);
for (const [name, a] of [...table, ['TOTAL', total]]) {
  console.log(`${name.padEnd(24)}${cell(a.src.bang)}${cell(a.src.as)}        ${cell(a.spec.bang)}${cell(a.spec.as)}`);
}

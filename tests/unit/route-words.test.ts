import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The web app loads each feature's words with the pages that use them (web/src/lib/i18n/groups.ts,
 * `withWords` in routes/index.ts), not with the shell. A page whose group is missing would show
 * raw keys such as `bank.inbox.title`, and only on a first visit straight to it. These checks read
 * the sources: every key a page's modules name (a string literal equal to a key, or the fixed start
 * of a template such as `applications.status.${status}`) must come from the shell's words or from
 * a group the route loads, and a route loads no group it does not use.
 */
const web = fileURLToPath(new URL('../../web/src/', import.meta.url));
const read = (file: string) => readFileSync(file, 'utf8');

const sources = readdirSync(web, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.spec.ts') && !f.includes('generated'))
  .map((f) => path.join(web, f));
const known = new Set(sources);

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('$lib/') ? path.join(web, 'lib', spec.slice(5)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  return [base, `${base}.ts`, path.join(base, 'index.ts')].find((candidate) => known.has(candidate)) ?? null;
}

const KEY_IN_CATALOGUE = /^\s+(['"])([^'"]+)\1:/gm;
const keysOf = (file: string) => [...read(file).matchAll(KEY_IN_CATALOGUE)].map((m) => m[2]);

/** Group → the keys of its Chinese catalogue (the English one is typed to name the same keys). */
const groupsSource = read(path.join(web, 'lib/i18n/groups.ts'));
const groupKeys = new Map(
  [...groupsSource.matchAll(/^ {2}(\w+): \{ 'zh-CN': \(\) => import\('([^']+)'\)/gm)].map((m) => [m[1], keysOf(`${path.resolve(path.join(web, 'lib/i18n'), m[2])}.ts`)]),
);
const keyGroup = new Map([...groupKeys].flatMap(([group, keys]) => keys.map((key) => [key, group] as const)));
const catalogueFiles = new Set(
  [...groupsSource.matchAll(/import\('([^']+)'\)/g)].map((m) => `${path.resolve(path.join(web, 'lib/i18n'), m[1])}.ts`),
);

interface Module { imports: string[]; lazyImports: string[]; groups: Map<string, string> }
const modules = new Map<string, Module>();
for (const file of sources) {
  const text = read(file);
  const groups = new Map<string, string>();
  for (const m of text.matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"`]/g)) {
    const group = keyGroup.get(m[1]);
    if (group) groups.set(group, m[1]);
  }
  for (const m of text.matchAll(/`([a-zA-Z][\w-]*\.(?:[\w-]+\.)*)\$\{/g)) {
    for (const [key, group] of keyGroup) if (key.startsWith(m[1])) groups.set(group, `${m[1]}…`);
  }
  modules.set(file, {
    imports: [...text.matchAll(/(?:from|import)\s+'([^']+)'/g)].map((m) => resolveImport(file, m[1])).filter((f) => f !== null),
    lazyImports: [...text.matchAll(/import\(\s*'([^']+)'/g)].map((m) => resolveImport(file, m[1])).filter((f) => f !== null),
    groups,
  });
}

/** The modules a start module brings, following static imports (and lazy ones too if asked). */
function closure(start: string, { lazy, skip }: { lazy: boolean; skip?: Set<string> }): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file) || skip?.has(file) || catalogueFiles.has(file)) continue;
    seen.add(file);
    const module = modules.get(file)!;
    todo.push(...module.imports, ...(lazy ? module.lazyImports : []));
  }
  return seen;
}

/** Group → one key that shows it is needed, with the module naming it. */
function groupsUsed(files: Iterable<string>): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of files) for (const [group, key] of modules.get(file)!.groups) used.set(group, `${key} in ${path.relative(web, file)}`);
  return used;
}

const shell = closure(path.join(web, 'main.ts'), { lazy: false });

describe('words loaded with each page', () => {
  it('finds the groups and the shell (the checks below would pass vacuously otherwise)', () => {
    expect(groupKeys.size).toBeGreaterThan(10);
    expect([...groupKeys.values()].every((keys) => keys.length > 0)).toBe(true);
    expect(shell.has(path.join(web, 'shell/Header.svelte'))).toBe(true);
  });

  it('the shell names no word of a group (it shows before any group has loaded)', () => {
    expect(Object.fromEntries(groupsUsed(shell))).toEqual({});
  });

  const routesSource = read(path.join(web, 'routes/index.ts'));
  const pages = [...routesSource.matchAll(/^const (\w+): PageLoader = (?:withWords\(\[([^\]]*)\], )?\(\) => import\('([^']+)'\)/gm)];

  it('reads every page of the route table', () => {
    expect(pages.length).toBe([...routesSource.matchAll(/^const \w+: PageLoader =/gm)].length);
    expect(pages.length).toBeGreaterThan(80);
  });

  for (const [, name, declared, page] of pages) {
    it(`${name} loads the groups its page uses, and no others`, () => {
      const files = closure(path.resolve(path.join(web, 'routes'), page), { lazy: true, skip: shell });
      const used = groupsUsed(files);
      const loads = [...(declared ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1]);
      expect({ loads: loads.sort(), why: Object.fromEntries([...used].filter(([group]) => !loads.includes(group))) })
        .toEqual({ loads: [...used.keys()].sort(), why: {} });
    });
  }
});

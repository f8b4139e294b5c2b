import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// madge parses every file of api/src: about 10 s on an idle 2-core machine, over 30 s on a busy one.
const MADGE_TIMEOUT_MS = 120_000;

// The module check runs as part of `npm test` (which CI runs): modules that import each other
// in a cycle cannot be changed or understood one at a time. scripts/module-graph.mjs says which
// imports close the cycle.
describe('module boundaries', () => {
  it('has no cycles between the API modules', () => {
    let output = '';
    try {
      output = execFileSync(process.execPath, ['scripts/module-graph.mjs', '--check'], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toMatch(/^No cycles between/);
  }, MADGE_TIMEOUT_MS);
});

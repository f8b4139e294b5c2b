import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// madge parses every file of api/src: about 10 s on an idle 2-core machine, over 30 s on a busy one.
const MADGE_TIMEOUT_MS = 120_000;

// docs/ARCHITECTURE.md's module picture is generated from the imports (npm run docs:deps): a
// change that adds or drops a dependency between modules must regenerate it, or this fails.
describe('the architecture note', () => {
  it('shows the module dependencies the code has', () => {
    let output = '';
    try {
      output = execFileSync(process.execPath, ['scripts/docs-deps.mjs', '--check'], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toMatch(/is up to date/);
  }, MADGE_TIMEOUT_MS);
});

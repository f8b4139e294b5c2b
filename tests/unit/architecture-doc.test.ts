import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

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
  });
});

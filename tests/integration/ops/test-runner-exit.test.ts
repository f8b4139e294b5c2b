import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** Runs vitest on the failing fixture with the suite's global setup; resolves with its exit code and output. */
function runFailingSuite(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/fixtures/failing-run/vitest.config.ts'], {
      cwd: root,
      env: { ...process.env, ...env, CI: 'true', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

// The embedded PostgreSQL library once turned every quiet end of the process into exit code 0,
// so `npm test` (and CI) passed with failing tests. The run below uses the embedded database,
// as `npm test` does on a user's machine.
it('a test run with a failing test exits non-zero', async () => {
  const { code, output } = await runFailingSuite({ TEST_DATABASE_URL: '' });
  expect(output).toContain('fails on purpose');
  expect(output).toMatch(/1 failed/);
  expect(code).toBe(1);
}, 300_000);

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPackage } from './lazy-package.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-package-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('loadPackage', () => {
  it('tries again after a load that failed, and keeps the module once loaded', () => {
    // A package whose loading fails the first time (as one whose file cannot be opened while the
    // process is out of file descriptors) and works after.
    const file = path.join(dir, 'flaky.cjs');
    fs.writeFileSync(file, `
      globalThis.flakyLoads = (globalThis.flakyLoads ?? 0) + 1;
      if (globalThis.flakyLoads === 1) throw Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' });
      module.exports = { greet: () => 'hello' };
    `);

    expect(() => loadPackage(file)).toThrow('EMFILE');
    const loaded = loadPackage(file) as { greet(): string };
    expect(loaded.greet()).toBe('hello');
    expect(loadPackage(file)).toBe(loaded);
    expect((globalThis as { flakyLoads?: number }).flakyLoads).toBe(2);
  });
});

import { defineConfig } from 'vitest/config';

// One runner for unit tests (beside the code), integration tests (real GraphQL over HTTP
// against a real PostgreSQL) and browser tests (built web app in Debian's Chromium).
export default defineConfig({
  test: {
    include: ['api/src/**/*.spec.ts', 'web/src/**/*.spec.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: far too short for a browser on a busy 2-core
    // CI machine, where a page's first request can take seconds. A poll still fails, just later.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
  },
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

describe('with NODE_ENV=production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production', SECURE_COOKIES: 'false' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('turns introspection off', async () => {
    const res = await (await app.client()).request('{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors![0].message).toMatch(/introspection/i);
  });

  it('does not suggest field names to a prober', async () => {
    const res = await (await app.client()).request('{ viewr { id } }');
    expect(res.status).toBe(400);
    expect(res.body.errors![0].message).not.toMatch(/Did you mean/);
  });
});

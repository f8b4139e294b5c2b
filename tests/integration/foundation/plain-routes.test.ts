import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLIANCE } from '../../../seeds/ids.js';
import { PDF, upload } from '../application/helpers.js';
import { at, book, nextPlainDay } from '../appointment/helpers.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';

// The plain HTTP routes (files, CSV reports, calendars, settlement CSVs, workbooks) answer
// through one helper (core/http/plain-route.ts): one not-found whether the id is missing,
// malformed or someone else's, the GraphQL funnel's codes and statuses, and downloads that stop
// when the client goes away.

let app: TestApp;
let talent: GraphQLClient;
let talent2: GraphQLClient;
let coordinator: GraphQLClient;
let reviewer: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  [talent, talent2, coordinator, reviewer] = await Promise.all([app.client('talent'), app.client('talent2'), app.client('coordinator'), app.client('reviewer')]);
});
afterAll(async () => {
  await app?.close();
});

const MISSING = '4f1c2a9e-0000-4000-8000-00000000dead';

async function get(path: string, client: GraphQLClient | null, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${path}`, { headers: { ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}), ...headers } });
  const text = await res.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    // a download, not an error
  }
  return { status: res.status, body, contentType: res.headers.get('content-type') };
}

/** The answer every route gives for a record the viewer cannot have, whatever the reason. */
function expectNotFound(answer: Awaited<ReturnType<typeof get>>, where: string) {
  expect(answer.status, where).toBe(404);
  expect(answer.contentType, where).toMatch(/^application\/json/);
  expect(answer.body.errors, where).toHaveLength(1);
  expect(answer.body.errors[0].extensions, where).toEqual({ code: 'NOT_FOUND' });
  expect(answer.body.errors[0].message, where).toMatch(/^未找到该/);
}

describe('one not-found on every route with an id', () => {
  it('answers a missing, a malformed and another person\'s id alike: 404 NOT_FOUND, nothing about which it was', async () => {
    const mine = (await upload(app, talent, 'LABOUR_CONTRACT', PDF, 'mine.pdf')).body.document.id as string;
    // talent@'s booking at the town's window (the seed books none).
    const booked = await book(talent, { startsAt: at(await nextPlainDay(app, 2, 9), '10:00') });
    expect(booked.errors).toEqual([]);
    const appointment = booked.appointment as { id: string };

    const routes: { name: string; as: GraphQLClient | null; path: (id: string) => string; someoneElses?: string }[] = [
      { name: 'file', as: talent2, path: (id) => `/files/${id}`, someoneElses: mine },
      { name: 'event calendar', as: talent2, path: (id) => `/calendar/events/${id}.ics`, someoneElses: ALLIANCE.events[6] /* a draft */ },
      { name: 'appointment calendar', as: talent2, path: (id) => `/appointments/${id}.ics`, someoneElses: appointment.id },
      { name: 'calendar feed', as: null, path: (id) => `/calendar/feeds/${id}.ics` },
      { name: 'settlement CSV', as: coordinator, path: (id) => `/apartments/settlements/${id}.csv` },
    ];
    for (const route of routes) {
      expectNotFound(await get(route.path(MISSING), route.as), `${route.name}: missing`);
      expectNotFound(await get(route.path('not-an-id'), route.as), `${route.name}: malformed`);
      expectNotFound(await get(route.path(`${MISSING}%00`), route.as), `${route.name}: NUL`);
      expectNotFound(await get(route.path('x'.repeat(2000)), route.as), `${route.name}: long`);
      if (route.someoneElses) {
        const other = await get(route.path(route.someoneElses), route.as);
        expectNotFound(other, `${route.name}: someone else's`);
        // Word for word what a missing id gets: nothing tells the two apart.
        expect(other.body).toEqual((await get(route.path(MISSING), route.as)).body);
      }
    }
    // The owner still gets the file, so the 404 above was about access, not a broken route.
    expect((await get(`/files/${mine}`, talent)).status).toBe(200);
    expect((await get(`/appointments/${appointment.id}.ics`, talent)).status).toBe(200);
  });

  it('answers the GraphQL funnel\'s codes: 401 signed out, 403 for the wrong role, 400 for a bad value, in the reader\'s language', async () => {
    for (const path of ['/files/' + MISSING, '/reports/applications.csv', '/apartments/settlements/' + MISSING + '.csv', `/appointments/${MISSING}.ics`, '/alliance/exports/participation.csv?year=2026']) {
      const answer = await get(path, null, { 'accept-language': 'en' });
      expect(answer.status, path).toBe(401);
      expect(answer.body, path).toEqual({ errors: [{ message: 'Please sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const forbidden = await get('/reports/applications.csv', talent);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    // Settlement batches are staff-only: a talent is refused by role, before any id is looked at.
    const notStaff = await get(`/apartments/settlements/${MISSING}.csv`, talent);
    expect(notStaff.status).toBe(403);
    expect(notStaff.body).toEqual((await get('/apartments/settlements/not-an-id.csv', talent)).body);
    const badYear = await get('/alliance/exports/participation.csv?year=20x6', coordinator);
    expect(badYear.status).toBe(400);
    expect(badYear.body.errors[0]).toEqual({ message: '年份无效。', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

/** The pool's connections in use by the server under test (it runs in this process). */
function connectionsInUse(): number {
  const knex = (app.orm.em.getConnection() as unknown as { getKnex(): { client: { pool: { numUsed(): number; numPendingAcquires(): number } } } }).getKnex();
  return knex.client.pool.numUsed() + knex.client.pool.numPendingAcquires();
}

describe('a large CSV', () => {
  const ROWS = 30_000;

  beforeAll(async () => {
    // Withdrawn applications of one talent (the one-open-application rule is about open ones).
    await app.sql(`
      insert into applications (id, reference, policy_id, applicant_id, enterprise_id, status, answers, requested_amount_yuan, status_changed_at, submitted_at, version, created_at, updated_at)
      select gen_random_uuid(), 'YP-CSV' || lpad(i::text, 7, '0'), (select policy_id from application_forms order by policy_id limit 1),
             (select id from users where email = 'talent@yuepu.example'), null, 'WITHDRAWN', '{}'::jsonb, 1000,
             timestamptz '2026-06-01' + i * interval '1 minute', timestamptz '2026-06-01' + i * interval '1 minute', 1, now(), now()
      from generate_series(1, ${ROWS}) i`);
  });

  it('streams every row in pages, header first', async () => {
    const res = await fetch(`${app.url}/reports/applications.csv`, { headers: { cookie: reviewer.sessionCookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    const lines = (await res.text()).split('\r\n').filter(Boolean);
    const total = (await app.sql<{ n: number }>(`select count(*)::int as n from applications where status <> 'DRAFT'`))[0].n;
    expect(lines[0].replace('\uFEFF', '')).toMatch(/^受理编号 Reference,/);
    expect(lines.length - 1).toBe(total);
    // Oldest submission first, and each reference once across page boundaries.
    const references = lines.slice(1).map((l) => l.split(',')[0]);
    expect(new Set(references).size).toBe(total);
    expect(references.indexOf('YP-CSV0000001')).toBeLessThan(references.indexOf('YP-CSV0030000'));
  });

  it('stops when the client hangs up half-way: no crash, and every pool connection comes back', async () => {
    const got = await new Promise<number>((resolve, reject) => {
      const req = http.get(`${app.url}/reports/applications.csv`, { headers: { cookie: reviewer.sessionCookie! } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          // Well into the file, far from its end (about 3 MB).
          if (bytes > 200_000) {
            req.destroy();
            resolve(bytes);
          }
        });
      });
      req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || error.message.includes('aborted') ? undefined : reject(error)));
    });
    expect(got).toBeGreaterThan(200_000);
    await expect.poll(() => app.logs().includes('client went away during a download')).toBe(true);
    await expect.poll(connectionsInUse).toBe(0);
    expect(app.logs()).not.toContain('error after a download had started');
    // Still serving, whole files included.
    expect((await talent.request('{ viewer { id } }')).status).toBe(200);
    const again = await fetch(`${app.url}/reports/applications.csv`, { headers: { cookie: reviewer.sessionCookie! } });
    expect((await again.text()).split('\r\n').filter(Boolean).length).toBeGreaterThan(ROWS);
  });
});

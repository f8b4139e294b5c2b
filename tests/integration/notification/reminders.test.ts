import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inQuietHours, quietHoursEnd, scanReminders } from '../../../api/src/modules/notification/reminders.js';
import { USER } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const scan = (iso: string) => scanReminders(app.orm.em.fork(), new Date(iso));
/** A sample application put back to "returned for information" at a chosen time, its form's processing time 10 days. */
let made = 0;
async function waitingApplication(since: string): Promise<{ id: string; applicant: string }> {
  const applicant = USER.talents[made];
  const [form] = await app.sql<{ policy_id: string }>(`select policy_id from application_forms order by policy_id limit 1`);
  const [a] = await app.sql<{ id: string }>(
    `insert into applications (id, reference, policy_id, applicant_id, answers, status, status_changed_at) values (gen_random_uuid(), ?, ?, ?, '{}', 'RETURNED_FOR_INFO', ?) returning id`,
    [`REMIND-${++made}`, form.policy_id, applicant, since]);
  await app.sql(`update application_forms set processing_days = 10 where policy_id = ?`, [form.policy_id]);
  return { id: a.id, applicant };
}
const remindersOf = (userId: string) => app.sql<{ title_zh: string; title_en: string; link: string }>(
  `select title_zh, title_en, link from notifications where recipient_id = ? and kind = 'reminder.application.step_due' order by created_at`, [userId]);

describe('reminders before deadlines', () => {
  it('knows quiet hours in Shanghai time', () => {
    expect(inQuietHours(new Date('2030-03-10T14:00:00Z'))).toBe(true); // 22:00
    expect(inQuietHours(new Date('2030-03-10T13:59:00Z'))).toBe(false); // 21:59
    expect(inQuietHours(new Date('2030-03-10T23:59:00Z'))).toBe(true); // 07:59
    expect(inQuietHours(new Date('2030-03-11T00:00:00Z'))).toBe(false); // 08:00
    expect(quietHoursEnd(new Date('2030-03-10T15:00:00Z')).toISOString()).toBe('2030-03-11T00:00:00.000Z');
  });

  it('reminds the person a step waits on once at T-3 and once at T-1, however often the scan runs', async () => {
    // Due 2030-03-11 10:00 Shanghai (02:00 UTC).
    const { id, applicant } = await waitingApplication('2030-03-01T02:00:00Z');
    const timeline: Record<string, number> = {};
    const at = async (iso: string, times = 1) => {
      const results = await Promise.all(Array.from({ length: times }, () => scan(iso)));
      timeline[iso] = results.flat().filter((k) => k.startsWith(`application:${id}`)).length;
    };
    await at('2030-03-08T01:55:00Z'); // T-3 less 5 minutes
    await at('2030-03-08T02:00:00Z', 5); // T-3, five scans at once
    await at('2030-03-08T02:05:00Z');
    await at('2030-03-09T12:00:00Z');
    await at('2030-03-10T01:55:00Z'); // T-1 less 5 minutes
    await at('2030-03-10T02:00:00Z', 5); // T-1, five scans at once
    await at('2030-03-10T06:00:00Z');
    await at('2030-03-11T03:00:00Z'); // past the deadline
    expect(timeline).toEqual({
      '2030-03-08T01:55:00Z': 0, '2030-03-08T02:00:00Z': 1, '2030-03-08T02:05:00Z': 0, '2030-03-09T12:00:00Z': 0,
      '2030-03-10T01:55:00Z': 0, '2030-03-10T02:00:00Z': 1, '2030-03-10T06:00:00Z': 0, '2030-03-11T03:00:00Z': 0,
    });
    const got = await remindersOf(applicant);
    expect(got.map((n) => n.title_zh)).toEqual([expect.stringContaining('3 天后截止'), expect.stringContaining('1 天后截止')]);
    expect(got[1].title_en).toContain('due in 1 day');
    expect(got[0].link).toBe(`/applications/${id}`);
    // Each reminder also went to the outbox as e-mail, once.
    expect(await app.sql(`select count(*)::int as n from outbox_messages where recipient_id = ? and kind = 'reminder.application.step_due'`, [applicant])).toEqual([{ n: 2 }]);
  });

  it('holds a reminder that falls due in quiet hours until 08:00 Shanghai time', async () => {
    // Due 2030-04-11 23:00 Shanghai (15:00 UTC): T-1 falls at 23:00 the day before.
    const { id } = await waitingApplication('2030-04-01T15:00:00Z');
    const sentAt = async (iso: string) => (await scan(iso)).filter((k) => k.startsWith(`application:${id}`) && k.endsWith('T-1')).length;
    expect(await sentAt('2030-04-10T15:00:00Z')).toBe(0); // 23:00
    expect(await sentAt('2030-04-10T23:55:00Z')).toBe(0); // 07:55
    expect(await sentAt('2030-04-11T00:00:00Z')).toBe(1); // 08:00
    expect(await sentAt('2030-04-11T00:05:00Z')).toBe(0);
  });

  it('gives a step shorter than three days no "3 days left", and a step that starts again its own reminders', async () => {
    const { id } = await waitingApplication('2030-05-01T02:00:00Z');
    await app.sql(`update application_forms set processing_days = 2 where policy_id = (select policy_id from applications where id = ?)`, [id]);
    expect((await scan('2030-05-01T02:05:00Z')).filter((k) => k.startsWith(`application:${id}`))).toEqual([]);
    expect((await scan('2030-05-02T02:00:00Z')).filter((k) => k.startsWith(`application:${id}`))).toEqual([`application:${id}:${Date.parse('2030-05-01T02:00:00Z')}:T-1`]);
    await app.sql(`update applications set status_changed_at = '2030-05-02T03:00:00Z' where id = ?`, [id]);
    expect((await scan('2030-05-03T03:00:00Z')).filter((k) => k.startsWith(`application:${id}`))).toEqual([`application:${id}:${Date.parse('2030-05-02T03:00:00Z')}:T-1`]);
  });
});

// What the server enforces behind the forms that guide (issue 14): English optional for a
// Chinese-only event; number answers of an application are numbers. Real GraphQL over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CREATE_EVENT, eventInput, publishedEvent } from '../alliance/helpers.js';

describe('forms: server rules', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an event without English is saved; English readers and the calendar get the Chinese text, with no empty " / "', async () => {
    const id = await publishedEvent(app, { titleZh: '仅中文的分享会', titleEn: undefined, descriptionZh: '中文介绍', descriptionEn: null });
    const english = await app.client('talent', 'en');
    const res = await english.data(`query($id: UUID!) { allianceEvent(id: $id) { title description titleEn } }`, { id });
    expect(res.allianceEvent).toEqual({ title: '仅中文的分享会', description: '中文介绍', titleEn: '' });
    const ics = await (await fetch(`${app.url}/calendar/events/${id}.ics`)).text();
    expect(ics).toContain('SUMMARY:仅中文的分享会\r\n');
  });

  it('English text, when given, is still checked: too long or with a null byte is refused and nothing is stored', async () => {
    const coordinator = await app.client('coordinator');
    const before = (await app.sql<{ n: string }>('select count(*) as n from alliance_events'))[0].n;
    for (const titleEn of ['x'.repeat(100_000), 'bad\u0000title']) {
      const res = await coordinator.request(CREATE_EVENT, { input: eventInput({ titleEn }) });
      const payload = res.body.data?.createAllianceEvent;
      // A field error (or, for a null byte, the request guard's refusal): never a stored event.
      if (payload) expect(payload.errors.map((e: { field: string }) => e.field)).toContain('input.titleEn');
      else expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await app.sql<{ n: string }>('select count(*) as n from alliance_events'))[0].n).toBe(before);
  });

  it('a monthly rent or income that is not digits is refused in words on create and on update; the draft keeps its answers', async () => {
    const talent = await app.client();
    await talent.signIn('talent5@yuepu.example');
    const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id version } errors { field code message } } }`;
    const refused = await talent.data(CREATE, { input: { policyId: POLICY.housingSubsidy, answers: [{ key: 'monthlyRent', value: '月浦镇 1 号' }] } });
    expect(refused.createApplication.application).toBeNull();
    expect(refused.createApplication.errors).toEqual([
      { field: 'input.answers.monthlyRent', code: 'INVALID', message: '「月租金（元）」请只填数字（元，1 到 1000000 的整数），不要加单位或文字。' },
    ]);

    const created = await talent.data(CREATE, { input: { policyId: POLICY.housingSubsidy, answers: [{ key: 'monthlyRent', value: ' 4200 ' }] } });
    expect(created.createApplication.errors).toEqual([]);
    const { id, version } = created.createApplication.application;
    const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { application { id } errors { field code } } }`;
    for (const value of ['4200元', '-5', '1e5', '9'.repeat(20)]) {
      const res = await talent.data(UPDATE, { input: { id, expectedVersion: version, answers: [{ key: 'monthlyRent', value }] } });
      expect(res.updateApplication.errors).toEqual([{ field: 'input.answers.monthlyRent', code: 'INVALID' }]);
    }
    // Hostile text is refused by the input guard before any rule, on the answer's own field.
    for (const value of ['1'.repeat(100_000), '42\u000000']) {
      const res = await talent.data(UPDATE, { input: { id, expectedVersion: version, answers: [{ key: 'monthlyRent', value }] } });
      expect(res.updateApplication.errors).toEqual([{ field: 'input.answers.0.value', code: expect.any(String) }]);
    }
    const stored = await app.sql<{ answers: Record<string, string> }>('select answers from applications where id = ?', [id]);
    expect(stored[0].answers).toEqual({ monthlyRent: '4200' });
  });
});

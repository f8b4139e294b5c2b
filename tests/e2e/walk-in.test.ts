import { expect, it } from 'vitest';
import { ORG, POLICY } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';
import { makeTalents } from '../helpers/people.js';

// Issue 17 item 6: a talent comes to the town's counter. The reviewer finds their account by the
// ID card, files and submits for them (documents checked on paper), and, their enterprise having
// no HR account, confirms the employment too. The history names the reviewer on each step.

const WAIT = { timeout: 15_000 };
const REQUIRED = ['身份证', '劳动合同', '学历学位证书', '租赁合同', '无房承诺或证明'];

describeInBrowser('a reviewer files for a walk-in talent, in Chromium', () => {
  const suite = useAppInBrowser();

  it('finds the talent by ID number, files for them, and confirms employment for an enterprise without HR', { timeout: 120_000 }, async () => {
    const { app } = suite;
    // Sample enterprise 3 has no HR account.
    const [talent] = await makeTalents(app, [ORG.enterprises[2]]);
    await app.sql('update talent_profiles set resident_id_number = ?, phone = ? where user_id = ?', ['310113199001012345', '13900001234', talent.id]);
    const count = async () => (await app.sql<{ n: number }>('select count(*)::int as n from applications where applicant_id = ?', [talent.id]))[0].n;

    const reviewer = await suite.newPage('desktop');
    await suite.signIn(reviewer, 'reviewer');
    await reviewer.goto(`${app.url}/review/walk-in`);
    await reviewer.getByLabel(/身份证号、手机号或姓名/).fill('310113199001012345');
    await reviewer.getByRole('button', { name: '查找' }).click();
    // The numbers are masked on the counter's screen.
    const choice = reviewer.getByLabel(/310\*{11}2345/);
    await expect.poll(() => choice.count(), WAIT).toBe(1);
    expect(await reviewer.getByText('310113199001012345').count()).toBe(0);
    await choice.check();
    await reviewer.locator('#policyId').selectOption(POLICY.housingSubsidy);
    await reviewer.getByLabel(/申请金额/).fill('12000');
    for (const name of REQUIRED.slice(0, 4)) await reviewer.getByLabel(name, { exact: true }).check();

    // One document short: refused beside the checklist, nothing written.
    await reviewer.getByTestId('walk-in-submit').click();
    await expect.poll(() => reviewer.locator('#documentsSeen .error').textContent(), WAIT).toContain('无房承诺或证明');
    expect(await count()).toBe(0);

    await reviewer.getByLabel(REQUIRED[4], { exact: true }).check();
    await reviewer.getByTestId('walk-in-submit').click();
    await expect.poll(() => reviewer.getByTestId('walk-in-filed').isVisible(), WAIT).toBe(true);
    expect(await count()).toBe(1);
    await reviewer.getByTestId('walk-in-filed').click();
    await expect.poll(() => reviewer.getByTestId('application-status').textContent(), WAIT).toBe('已提交，待单位确认');
    expect(await reviewer.getByTestId('filed-by').textContent()).toBe('审核员 陈静');
    expect(await reviewer.getByTestId('seen-at-counter').textContent()).toContain('无房承诺或证明');
    expect(await reviewer.getByText('窗口代为提交').first().isVisible()).toBe(true);

    // The enterprise has no HR account: the town confirms the employment (the existing step).
    await reviewer.getByTestId('action-CONFIRM_EMPLOYMENT_FOR_EMPLOYER').click();
    await reviewer.getByLabel('劳动合同起始日').fill('2024-03-01');
    await reviewer.getByLabel('岗位').fill('材料工程师');
    await reviewer.getByLabel('在本单位缴纳社保的月数').fill('30');
    await reviewer.getByLabel(/核实依据/).fill('窗口查看了劳动合同原件。');
    await reviewer.getByTestId('confirm-CONFIRM_EMPLOYMENT_FOR_EMPLOYER').click();
    await expect.poll(() => reviewer.getByTestId('application-status').textContent(), WAIT).toBe('单位已确认，待审核');
    const history = await app.sql<{ action: string; actor: string }>(
      `select e.action, u.display_name as actor from application_events e join users u on u.id = e.actor_id
        join applications a on a.id = e.application_id where a.applicant_id = ? order by e.at, e.action <> 'CREATE'`, [talent.id]);
    expect(history).toEqual([
      { action: 'CREATE', actor: '审核员 陈静' },
      { action: 'SUBMIT_FOR_WALK_IN', actor: '审核员 陈静' },
      { action: 'CONFIRM_EMPLOYMENT_FOR_EMPLOYER', actor: '审核员 陈静' },
    ]);
  });
});

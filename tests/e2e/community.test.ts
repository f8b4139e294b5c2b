import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { USER } from '../../seeds/ids.js';
import { useAppInBrowser } from '../helpers/app-in-browser.js';
import { describeInBrowser } from '../helpers/browser.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

describeInBrowser('community needs, claims and projects in Chromium', () => {
  const suite = useAppInBrowser();
  const { newPage, signIn } = suite;

  it('a worker posts a need, HR claims it, it becomes a project with a milestone, a volunteer signs up, it is completed with a photo, and the yearly view counts it', { timeout: 240_000 }, async () => {
    const year = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4);
    const yearBefore = (await (await suite.app.client('coordinator')).data(`{ communityYear(year: ${year}) { completed } }`)).communityYear.completed;
    const due = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);

    // ---- the community worker of 庆安四村 posts a need, on a phone ----
    const worker = await newPage('phone');
    await signIn(worker, 'community');
    await worker.goto(`${suite.app.url}/community/needs`);
    await worker.getByTestId('new-need').click();
    await worker.getByLabel('标题').fill('宝莲湖畔科普花园改造');
    await worker.getByLabel('需求说明').fill('改造湖边科普花园，需要志愿者协助种植和布展。');
    await worker.getByLabel('类别').selectOption({ label: '儿童友好' });
    await worker.getByLabel('受益人数').fill('120');
    await worker.getByLabel('希望完成日期').fill(due);
    await worker.getByLabel('数量').fill('2');
    await worker.getByLabel('照片').setInputFiles({ name: 'garden-before.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => worker.getByTestId('need-photos').textContent(), { timeout: 15_000 }).toContain('garden-before.png');
    await worker.getByLabel('居民姓名').fill('李阿姨');
    await worker.getByLabel('手机号码').fill('13811112222');
    await worker.getByRole('button', { name: '登记需求' }).click();
    await expect.poll(() => worker.getByTestId('need-status').textContent(), { timeout: 15_000 }).toBe('待认领');
    const needUrl = worker.url();
    expect(await worker.getByTestId('resident').textContent()).toContain('13811112222');

    // A visitor sees it on the public list, without the resident.
    const visitor = await newPage();
    await visitor.goto(`${suite.app.url}/community/needs`);
    await expect.poll(() => visitor.getByTestId('needs').textContent(), { timeout: 15_000 }).toContain('宝莲湖畔科普花园改造');
    expect(await visitor.content()).not.toContain('李阿姨');

    // ---- HR of a member enterprise claims both volunteers ----
    const hr = await newPage();
    await signIn(hr, 'hr');
    await hr.goto(`${suite.app.url}/community/needs`);
    await hr.getByRole('link', { name: '宝莲湖畔科普花园改造' }).click();
    await hr.getByTestId('claim-VOLUNTEERS').fill('2');
    await hr.getByRole('button', { name: '认领', exact: true }).click();
    await expect.poll(() => hr.getByTestId('need-status').textContent(), { timeout: 15_000 }).toBe('已认领满');
    await expect.poll(() => hr.getByTestId('claims').textContent(), { timeout: 15_000 }).toContain('志愿者');
    await hr.getByTestId('project-link').click();
    await expect.poll(() => hr.getByTestId('project-status').textContent(), { timeout: 15_000 }).toBe('实施中');

    // ---- a milestone, owned by the HR ----
    await hr.getByLabel('内容').fill('采购绿植和展牌');
    await hr.getByLabel('计划完成日期').fill(due);
    await hr.getByLabel('负责人').selectOption({ label: '人事 李敏' });
    await hr.getByRole('button', { name: '添加里程碑' }).click();
    await expect.poll(() => hr.getByTestId('milestones').textContent(), { timeout: 15_000 }).toContain('采购绿植和展牌');
    const projectUrl = hr.url();

    // ---- a member of staff signs up as a volunteer ----
    const talent = await newPage('phone');
    await signIn(talent, 'talent');
    await talent.goto(projectUrl);
    await talent.getByTestId('volunteer').click();
    await expect.poll(() => talent.getByTestId('volunteer-count').textContent(), { timeout: 15_000 }).toContain('已报名 1/2 人');

    // ---- the work is done: milestone, photo, report ----
    await hr.reload();
    await hr.getByRole('button', { name: '标记完成' }).click();
    await expect.poll(() => hr.getByTestId('milestones').textContent(), { timeout: 15_000 }).toContain('已完成');
    await hr.getByLabel('照片说明').fill('改造后的科普花园');
    await hr.getByLabel('上传照片').setInputFiles({ name: 'garden-after.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => hr.getByTestId('evidence').locator('img').count(), { timeout: 15_000 }).toBe(1);
    await hr.getByLabel('完成情况简报').fill('花园改造完成，新增科普展牌 6 块。');
    await hr.getByRole('button', { name: '申报完成' }).click();
    await expect.poll(() => hr.getByTestId('project-status').textContent(), { timeout: 15_000 }).toBe('待社区确认');

    // ---- the worker confirms with the resident's feedback ----
    await worker.goto(projectUrl);
    await worker.locator('#comment').fill('孩子们很喜欢新的花园。');
    await worker.getByRole('button', { name: '确认完成' }).click();
    await expect.poll(() => worker.getByTestId('project-status').textContent(), { timeout: 15_000 }).toBe('已完成');
    expect(await worker.getByTestId('project-completed').textContent()).toContain('5/5');
    await worker.goto(needUrl);
    await expect.poll(() => worker.getByTestId('need-status').textContent(), { timeout: 15_000 }).toBe('已完成');

    // ---- the yearly view counts it, with its chart and Excel link ----
    await worker.goto(`${suite.app.url}/community/year`);
    await expect.poll(() => worker.getByTestId('total-completed').textContent(), { timeout: 15_000 }).toBe(String(yearBefore + 1));
    expect(await worker.getByTestId('year-chart').locator('[data-testid="bar-completed"]').count()).toBeGreaterThan(0);
    expect(await worker.getByTestId('year-places').textContent()).toContain('庆安四村');
    expect(await worker.getByTestId('year-xlsx').getAttribute('href')).toBe(`/community/exports/year-${year}.xlsx`);

    await Promise.all([worker.context().close(), hr.context().close(), talent.context().close(), visitor.context().close()]);
  });

  it('a worker posts a micro-wish, a registered Party member claims it on a phone, the worker confirms it with a photo, and the public count shows it, never the resident', { timeout: 180_000 }, async () => {
    const fulfilledBefore = (await (await suite.app.client('coordinator')).data('{ microWishCounts { fulfilled } }')).microWishCounts.fulfilled;

    // ---- the worker of 庆安四村 posts a wish, on a phone ----
    const worker = await newPage('phone');
    await signIn(worker, 'community');
    await worker.goto(`${suite.app.url}/community/wishes`);
    await worker.getByTestId('new-wish').click();
    await worker.locator('#title').fill('一副老花镜');
    await worker.locator('#description').fill('一位独居老人看报纸吃力，希望有一副老花镜。');
    await worker.getByLabel('帮助对象').selectOption({ label: '高龄、独居老人' });
    await worker.getByLabel('交付方式').selectOption({ label: '社区工作者陪同上门送达' });
    await worker.getByLabel('大约价值（元）').fill('150');
    await worker.getByLabel('居民姓名').fill('赵秀英');
    await worker.getByLabel('联系电话').fill('13922223333');
    await worker.getByLabel('住址').fill('庆安路 66 弄 3 号 201 室');
    await worker.getByRole('button', { name: '发布', exact: true }).click();
    await expect.poll(() => worker.getByTestId('wish-status').textContent(), { timeout: 15_000 }).toBe('待认领');
    const wishUrl = worker.url();
    expect(await worker.getByTestId('wish-recipient').textContent()).toContain('13922223333');

    // A visitor reads it without signing in, and nothing of the resident.
    const visitor = await newPage();
    await visitor.goto(`${suite.app.url}/community/wishes`);
    await expect.poll(() => visitor.getByTestId('wishes').textContent(), { timeout: 15_000 }).toContain('一副老花镜');
    await visitor.goto(wishUrl);
    await expect.poll(() => visitor.getByTestId('wish-status').textContent(), { timeout: 15_000 }).toBe('待认领');
    for (const secret of ['赵秀英', '13922223333', '庆安路 66 弄']) expect(await visitor.content()).not.toContain(secret);

    // ---- a registered Party member (talent2) claims it and sees what delivering needs ----
    const member = await newPage('phone');
    await signIn(member, 'talent2');
    await member.goto(wishUrl);
    await member.getByLabel('给社区工作者的话（如计划何时送达）').fill('周六上午送来');
    await member.getByRole('button', { name: '认领', exact: true }).click();
    await expect.poll(() => member.getByTestId('wish-status').textContent(), { timeout: 15_000 }).toBe('已认领');
    const delivery = await member.getByTestId('wish-delivery').textContent();
    expect(delivery).toContain('庆安路 66 弄 3 号 201 室');
    expect(delivery).toContain('赵**');
    expect(await member.content()).not.toContain('13922223333');

    // ---- the worker sees the claim and confirms fulfilment with a photo ----
    await worker.reload();
    await expect.poll(() => worker.getByTestId('wish-claim').textContent(), { timeout: 15_000 }).toContain('周六上午送来');
    await worker.getByLabel('公开的圆梦说明（不含居民身份）').fill('老人戴上新眼镜，又能看报纸了。');
    await worker.locator('#wish-photo').setInputFiles({ name: 'glasses.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => worker.getByTestId('wish-photo-name').textContent(), { timeout: 15_000 }).toContain('glasses.png');
    await worker.getByRole('button', { name: '确认已送到居民手中' }).click();
    await expect.poll(() => worker.getByTestId('wish-status').textContent(), { timeout: 15_000 }).toBe('已圆梦');
    await expect.poll(() => worker.getByTestId('wish-photo').count(), { timeout: 15_000 }).toBe(1);

    // ---- the public list and the running count show it; the photo and the resident stay private ----
    await visitor.goto(wishUrl);
    await expect.poll(() => visitor.getByTestId('wish-status').textContent(), { timeout: 15_000 }).toBe('已圆梦');
    expect(await visitor.getByTestId('wish-claimant').textContent()).toContain('党员');
    expect(await visitor.getByTestId('wish-photo').count()).toBe(0);
    await visitor.goto(`${suite.app.url}/community/wishes/counts`);
    await expect.poll(() => visitor.getByTestId('wish-count-fulfilled').textContent(), { timeout: 15_000 }).toBe(String(fulfilledBefore + 1));
    // Its tables scroll inside a labelled region a keyboard can focus (not the whole page on a phone).
    const byKind = visitor.locator('div[role="region"][aria-label="按认领人类别"]');
    expect(await byKind.locator('table').count()).toBe(1);
    expect(await byKind.getAttribute('tabindex')).toBe('0');
    for (const secret of ['赵秀英', '13922223333', '庆安路 66 弄']) expect(await visitor.content()).not.toContain(secret);

    // ---- no page a visitor can open shows any sample resident's name, phone or address ----
    const secrets = new Set<string>();
    for (const r of await suite.app.sql<{ name: string; phone: string | null; address: string }>('select name, phone, address from micro_wish_recipients')) {
      for (const v of [r.name, r.phone, r.address]) if (v) secrets.add(v);
    }
    for (const v of await suite.app.sql<{ phone: string }>('select phone from community_volunteers')) secrets.add(v.phone);
    const wishIds = (await suite.app.sql<{ id: string }>("select id from micro_wishes where status <> 'WITHDRAWN'")).map((w) => w.id);
    expect(secrets.size).toBeGreaterThan(wishIds.length);
    const pages = ['/community/wishes', '/community/wishes/counts', '/community/needs', ...wishIds.map((id) => `/community/wishes/${id}`)];
    for (const path of pages) {
      await visitor.goto(`${suite.app.url}${path}`);
      await expect.poll(() => visitor.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
      const html = await visitor.content();
      expect([...secrets].filter((v) => html.includes(v)), path).toEqual([]);
    }

    await Promise.all([worker.context().close(), member.context().close(), visitor.context().close()]);
  });

  it('a coordinator records a town joint meeting with an agenda item and a decision for HR; it is on the HR\'s dashboard and in the printable minutes until marked done', { timeout: 180_000 }, async () => {
    const due = new Date(Date.now() + 14 * 86400_000).toISOString().slice(0, 10);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

    // ---- the coordinator records the meeting, on a desktop ----
    const coordinator = await newPage();
    await signIn(coordinator, 'coordinator');
    await coordinator.goto(`${suite.app.url}/community/meetings`);
    await coordinator.getByTestId('new-meeting').click();
    await fillAndSubmitMeeting(coordinator, { title: '2026 年第四季度镇区域化党建联席会议', heldOn: today, convener: '镇党委书记', deputyConvener: '镇党委副书记', attendees: '宝钢股份党委 王书记\n示例企业 1 人事 李敏', agendaTitle: '高龄老人微心愿集中认领' });
    await expect.poll(() => coordinator.getByTestId('meeting-title').textContent(), { timeout: 15_000 }).toBe('2026 年第四季度镇区域化党建联席会议');
    const meetingUrl = coordinator.url();

    await coordinator.locator('#decision-text').fill('年底前组织成员单位认领 20 个微心愿');
    await expect.poll(() => coordinator.locator('#decision-owner option').count(), { timeout: 15_000 }).toBeGreaterThan(2);
    await coordinator.locator('#decision-owner').selectOption(USER.hr);
    await coordinator.locator('#decision-due').fill(due);
    await coordinator.locator('#decision-agenda').selectOption({ index: 1 });
    await coordinator.getByRole('button', { name: '记录决定' }).click();
    await expect.poll(() => coordinator.getByTestId('meeting-decisions').textContent(), { timeout: 15_000 }).toContain('年底前组织成员单位认领 20 个微心愿');

    // ---- the printable minutes hold the decision, and print hides the site around them ----
    await coordinator.getByTestId('print-minutes').click();
    await expect.poll(() => coordinator.getByTestId('minutes-decisions').textContent(), { timeout: 15_000 }).toContain('人事 李敏');
    await coordinator.emulateMedia({ media: 'print' });
    expect(await coordinator.locator('.site-header').isVisible()).toBe(false);
    expect(await coordinator.getByTestId('print').isVisible()).toBe(false);
    expect(await coordinator.getByTestId('minutes').isVisible()).toBe(true);
    await coordinator.emulateMedia({ media: 'screen' });

    // ---- the owner sees it on their dashboard, on a phone, and marks it done ----
    const hr = await newPage('phone');
    await signIn(hr, 'hr');
    await expect.poll(() => hr.getByTestId('my-decisions').textContent(), { timeout: 15_000 }).toContain('年底前组织成员单位认领 20 个微心愿');
    expect(await hr.getByTestId('my-decisions').textContent()).toContain('2026 年第四季度镇区域化党建联席会议');
    await hr.getByTestId('my-decisions').getByRole('button', { name: '标记已落实' }).click();
    await expect.poll(() => hr.getByTestId('my-decisions').count(), { timeout: 15_000 }).toBe(0);
    await coordinator.goto(meetingUrl);
    await expect.poll(() => coordinator.getByTestId('meeting-decisions').textContent(), { timeout: 15_000 }).toContain('已落实');

    await Promise.all([coordinator.context().close(), hr.context().close()]);
  });

  it('a coordinator with more than 100 needs finds one beyond the first 100 by searching, links it to an agenda item, and it stays chosen while searching on', { timeout: 120_000 }, async () => {
    // More needs than a picker shows (this runs last, so the counts of the tests above are unaffected).
    const [worker] = await suite.app.sql<{ id: string }>("select id from users where email = 'community@yuepu.example'");
    await suite.app.sql(
      `insert into community_needs (id, reference, place_id, posted_by_id, title, description, category, people_served, due_on, is_public)
       select gen_random_uuid(), 'PK-' || lpad(g::text, 4, '0'), place_id, ?, '批量需求 ' || g, '说明', 'ELDERLY_CARE', 1, current_date + 30, true
         from (select organisation_id as place_id from users where id = ?) u, generate_series(1, 120) g`,
      [worker.id, worker.id],
    );
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const coordinator = await newPage('phone');
    await signIn(coordinator, 'coordinator');
    await coordinator.goto(`${suite.app.url}/community/meetings/new`);
    await expect.poll(() => coordinator.getByTestId('link-count').textContent(), { timeout: 15_000 }).toMatch(/显示需求 100 \/ \d{3} 项/);
    // One of the sample needs the picker does not show until searched for.
    const shown = await coordinator.locator('#agenda-need-0 option').allTextContents();
    expect(shown).toHaveLength(101); // "不关联" and 100 needs
    const n = Array.from({ length: 120 }, (_, i) => i + 1).find((i) => !shown.some((s) => s.startsWith(`PK-${String(i).padStart(4, '0')} `)))!;
    const label = `PK-${String(n).padStart(4, '0')} 批量需求 ${n}`;

    await coordinator.getByLabel('查找要关联的需求或项目').fill(`PK-${String(n).padStart(4, '0')}`);
    await expect.poll(() => coordinator.getByTestId('link-count').textContent(), { timeout: 15_000 }).toContain('显示需求 1 / 1 项');
    await coordinator.locator('#agenda-need-0').selectOption({ label });
    // Another search: the chosen need stays chosen, under its name.
    await coordinator.getByLabel('查找要关联的需求或项目').fill('100%_');
    await expect.poll(() => coordinator.getByTestId('link-count').textContent(), { timeout: 15_000 }).toContain('显示需求 0 / 0 项');
    expect(await coordinator.locator('#agenda-need-0 option:checked').textContent()).toBe(label);

    await fillAndSubmitMeeting(coordinator, { title: '长春村党建联席会议（检索关联）', heldOn: today, convener: '村党总支书记', deputyConvener: '村委会主任', attendees: '村党总支 书记', agendaTitle: '高龄老人慰问' });
    await expect.poll(() => coordinator.getByTestId('meeting-title').textContent(), { timeout: 15_000 }).toBe('长春村党建联席会议（检索关联）');
    await expect.poll(() => coordinator.locator('main').textContent(), { timeout: 15_000 }).toContain(label.split(' ')[0]);
    // Nothing wider than the phone's screen, long need titles included.
    expect(await coordinator.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await coordinator.context().close();
  });
});

/** Fills the new-meeting form's own fields and its first agenda item's title, then registers the meeting. */
async function fillAndSubmitMeeting(page: Page, meeting: { title: string; heldOn: string; convener: string; deputyConvener: string; attendees: string; agendaTitle: string }): Promise<void> {
  await page.locator('#title').fill(meeting.title);
  await page.locator('#heldOn').fill(meeting.heldOn);
  await page.locator('#convener').fill(meeting.convener);
  await page.locator('#deputyConvener').fill(meeting.deputyConvener);
  await page.locator('#attendees').fill(meeting.attendees);
  await page.locator('#agenda-title-0').fill(meeting.agendaTitle);
  await page.getByRole('button', { name: '登记会议' }).click();
}

import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../../api/src/core/db/orm.config.js';
import { startServer, type RunningServer } from '../../../api/src/server.js';
import { RULE_SET, RULE_VERSION } from '../../../seeds/ids.js';
import { GraphQLClient, startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CREATE_RULE_VERSION, ESTIMATE, pointsOf, today } from './helpers.js';

// The points estimate keeps rule data it has parsed and has its statement send a version's data
// only when the process does not have it (api/src/modules/policy/rule-data-cache.ts). These check
// that what another instance publishes, or what is changed in place, is in the next estimate.

let app: TestApp;
let otherOrm: MikroORM;
let other: RunningServer;
beforeAll(async () => {
  app = await startTestApp();
  // A second instance on the same database, as an operator runs several.
  otherOrm = await openOrm(app.orm.config.get('clientUrl'), app.config.db, app.logger);
  other = await startServer({ orm: otherOrm, config: app.config, logger: app.logger }, 0, '127.0.0.1');
});
afterAll(async () => {
  await other.close();
  await otherOrm.close(true);
  await app.close();
});

const INPUT = { age: 30, education: 'MASTER', socialInsuranceMonths: 36 };
const estimate = async (asOf?: string) => {
  const res = await (await app.client()).request(ESTIMATE, { input: INPUT, asOf });
  expect(res.body.errors).toBeUndefined();
  return res.body.data.residencePointsEstimate;
};
/** The bench's selection: its rule versions are the one statement, whether their data comes with it or not. */
const statementsOfTotal = async () => {
  const res = await (await app.client()).request('{ residencePointsEstimate(input: { age: 30, education: MASTER, socialInsuranceMonths: 36 }) { total } }');
  expect(res.body.errors).toBeUndefined();
  return res.sqlCount;
};

describe('the points estimate with rule data kept between requests', () => {
  it('gives twenty estimates sent at once one answer, each in one statement', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => estimate()));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0].ruleVersion).toMatchObject({ id: RULE_VERSION.residencePoints, version: 1 });
    expect(await Promise.all(Array.from({ length: 5 }, statementsOfTotal))).toEqual([1, 1, 1, 1, 1]);
  });

  it('answers the same every time, and a version published on another instance is in the next estimate', async () => {
    const first = await estimate();
    expect(first.ruleVersion).toMatchObject({ id: RULE_VERSION.residencePoints, version: 1 });
    expect(pointsOf(first.items)).toEqual({ AGE: 30, EDUCATION: 100, SOCIAL_INSURANCE_YEARS: 9 });
    // The second answer is built from the data kept by the first.
    expect(await estimate()).toEqual(first);
    expect(await statementsOfTotal()).toBe(1);

    const admin = new GraphQLClient(other.url);
    await admin.signIn('admin@yuepu.example');
    const created = (await admin.data(CREATE_RULE_VERSION, {
      input: {
        ruleSetId: RULE_SET.residencePoints,
        effectiveFrom: today(),
        changes: [{ path: 'education.points.MASTER', value: 105 }],
        noteZh: '测试：硕士 105 分',
        noteEn: 'Test: a master\'s degree scores 105',
      },
    })).createRuleVersion;
    expect(created.errors).toEqual([]);

    const after = await estimate();
    expect(after.ruleVersion).toMatchObject({ id: created.ruleVersion.id, version: 2, effectiveFrom: today() });
    expect(pointsOf(after.items)).toEqual({ AGE: 30, EDUCATION: 105, SOCIAL_INSURANCE_YEARS: 9 });
    expect(after.total).toBe(first.total + 5);
    expect(await statementsOfTotal()).toBe(1);

    // An earlier date still has the first version, from the data kept for it.
    const yesterday = await estimate('2026-01-01');
    expect(yesterday.ruleVersion.id).toBe(RULE_VERSION.residencePoints);
    expect(pointsOf(yesterday.items)).toEqual(pointsOf(first.items));
  });

  it('sees data changed in place (same version id), as the database has it now', async () => {
    const [version] = await app.sql<{ id: string }>(
      `select v.id from rule_versions v join rule_sets s on s.id = v.rule_set_id where s.code = 'residence-points' order by v.version desc limit 1`);
    await app.sql(`update rule_versions set data = jsonb_set(data, '{education,points,MASTER}', '95') where id = ?`, [version.id]);
    const changed = await estimate();
    expect(changed.ruleVersion.id).toBe(version.id);
    expect(pointsOf(changed.items).EDUCATION).toBe(95);
  });

  it('a wage entered in the yearly parameters shows in the explanations at once', async () => {
    await app.sql(`update rule_versions set data = jsonb_set(data, '{cityAverageMonthlyWage,yuan}', '12434') where id = ?`, [RULE_VERSION.yearlyParameters]);
    const res = await (await app.client()).data(ESTIMATE, { input: { ...INPUT, titleOrSkill: 'SKILL_2_OR_INTERMEDIATE_TITLE', monthsBaseAtLeastAverageInLast12: 8 }, asOf: '2026-01-01' });
    const title = res.residencePointsEstimate.items.find((i: { indicator: string }) => i.indicator === 'TITLE_OR_SKILL');
    expect(title.explanation.zh).toContain('不低于 12,434 元');
  });
});

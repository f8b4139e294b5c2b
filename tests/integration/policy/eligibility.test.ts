import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, RULE_VERSION } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CHECK, firstError, today } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const check = async (policyId: string, facts: Record<string, unknown>, asOf?: string) => (await (await app.client()).data(CHECK, { policyId, facts, asOf })).checkEligibility;
const byCode = (result: any, code: string) => result.criteria.find((c: any) => c.code === code);
/** The Shanghai month `n` months after today, YYYY-MM. */
const monthsAhead = (n: number) => {
  const [y, m] = today().split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

describe('checkEligibility: criteria-based policies', () => {
  it('人才公寓: each criterion with its reason and legal basis; always preliminary', async () => {
    const result = await check(POLICY.talentApartment, {
      employerRegisteredInBaoshan: true,
      employerMeetsPolicyConditions: true,
      ownsHomeInBaoshanOrNearby: false,
      laborContractMonths: 24,
      education: 'MASTER',
    });
    expect(result).toMatchObject({ verdict: 'LIKELY_ELIGIBLE', preliminary: true, policy: { code: 'talent-apartment' }, ruleVersion: { id: RULE_VERSION.talentApartment } });
    expect(result.criteria.map((c: any) => [c.code, c.status])).toEqual([
      ['EMPLOYER_IN_BAOSHAN', 'MET'],
      ['EMPLOYER_CONDITIONS', 'MET'],
      ['NO_HOME_IN_BAOSHAN', 'MET'],
      ['CONTRACT_ONE_YEAR', 'MET'],
      ['TALENT_LEVEL', 'MET'],
    ]);
    expect(result.criteria.every((c: any) => c.legalBasis.startsWith('《宝山区人才公寓管理暂行办法》'))).toBe(true);
    expect(result.note.zh).toContain('初步判断');
    expect(result.benefits.find((b: any) => b.code === 'OTHER_CAP')).toMatchObject({ amount: 1000, notConfigured: false });
    expect(result.parametersVersion).toBeNull();
  });

  it('says what would change an unmet criterion, and asks for what is missing', async () => {
    const result = await check(POLICY.residencePoints, { hasShanghaiResidencePermit: true, socialInsuranceMonthsInLast12: 4 });
    expect(result.verdict).toBe('NOT_ELIGIBLE');
    const months = byCode(result, 'SIX_OF_LAST_12_MONTHS');
    expect(months.status).toBe('NOT_MET');
    expect(months.howToChange.zh).toBe(`还需 2 个月；按目前情况持续，预计 ${monthsAhead(2)} 起满足`);
    expect(byCode(result, 'EMPLOYED_AND_INSURED_NOW')).toMatchObject({ status: 'UNKNOWN', howToChange: null });
    expect(byCode(result, 'EMPLOYED_AND_INSURED_NOW').explanation.en).toContain('please give');
  });

  it('a policy without rules answers NEEDS_INFORMATION and says the rules are not configured', async () => {
    const result = await check(POLICY.housingSubsidy, { education: 'MASTER' });
    expect(result.verdict).toBe('NEEDS_INFORMATION');
    expect(result.criteria).toMatchObject([{ code: 'RULES_NOT_CONFIGURED', status: 'UNKNOWN', notConfigured: true }]);
    expect(result.benefits.every((b: any) => b.amount === null && b.notConfigured)).toBe(true);
  });

  it('refuses bad facts with field errors under facts.', async () => {
    const res = await (await app.client()).request(CHECK, { policyId: POLICY.talentApartment, facts: { laborContractMonths: -3, socialInsuranceMonthsInLast12: 13 } });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(firstError(res).extensions.fieldErrors.map((e: any) => e.field)).toEqual(['facts.socialInsuranceMonthsInLast12', 'facts.laborContractMonths']);
  });

  it('an unknown policy is NOT_FOUND', async () => {
    const res = await (await app.client()).request(CHECK, { policyId: '00000000-0000-4000-8000-00000000ffff', facts: {} });
    expect(firstError(res).extensions.code).toBe('NOT_FOUND');
  });
});

describe('settlement paths: the same explainable result', () => {
  it('居转户: 5 years of social insurance is NOT_MET, with the months still needed and from when', async () => {
    const result = await check(POLICY.hukouTransfer, {
      hukouTransfer: {
        permitMonthsHeld: 90,
        socialInsuranceMonthsWhileHolding: 60,
        paidShanghaiIncomeTax: true,
        taxAndInsuranceSameEmployer: true,
        titleLevel: 'INTERMEDIATE_OR_TECHNICIAN',
        titleMatchesJob: true,
        hasCriminalRecord: false,
        monthsAtMarketBaseInLast48: 40,
        applicationMonthAtMarketBase: true,
      },
    });
    expect(result).toMatchObject({ verdict: 'NOT_ELIGIBLE', requiredYears: 7, preliminary: true, ruleVersion: { id: RULE_VERSION.hukouTransfer, ruleSet: { code: 'hukou-transfer' } } });
    const insurance = byCode(result, 'SOCIAL_INSURANCE_YEARS');
    expect(insurance.status).toBe('NOT_MET');
    expect(insurance.howToChange.en).toContain(`Needs 24 more months of social insurance; at the current rate you qualify from ${monthsAhead(24)}`);
    expect(insurance.legalBasis).toContain('持有〈上海市居住证〉人员申办本市常住户口办法');
  });

  it('居转户 field errors point into facts.hukouTransfer', async () => {
    const res = await (await app.client()).request(CHECK, { policyId: POLICY.hukouTransfer, facts: { hukouTransfer: { permitMonthsHeld: 10, socialInsuranceMonthsWhileHolding: 20 } } });
    expect(firstError(res).extensions.fieldErrors).toMatchObject([{ field: 'facts.hukouTransfer.socialInsuranceMonthsWhileHolding', code: 'OUT_OF_RANGE' }]);
  });

  it('new graduates: the 72-point score with its breakdown, or direct settlement', async () => {
    const scored = await check(POLICY.graduateSettlement, {
      graduate: { degree: 'MASTER', schoolCategory: 'CATEGORY_1', classRank: 'TOP_25', foreignLanguage: 'CET6_OR_TEM8', employerFactor: true, highestDegreeStudiedInShanghai: true, keyDiscipline: true, directSettlementCategory: 'NONE' },
    });
    expect(scored.verdict).toBe('LIKELY_ELIGIBLE');
    expect(scored.graduateScore).toMatchObject({ total: 72, standardScore: 72, meetsStandard: true });
    expect(scored.graduateScore.items).toHaveLength(12);
    expect(scored.criteria.map((c: any) => [c.code, c.status])).toEqual([
      ['DIRECT_SETTLEMENT', 'NOT_MET'],
      ['SCORE', 'MET'],
    ]);
    const short = await check(POLICY.graduateSettlement, { graduate: { degree: 'BACHELOR', schoolCategory: 'OTHER', directSettlementCategory: 'NONE' } });
    expect(short.verdict).toBe('NOT_ELIGIBLE');
    expect(byCode(short, 'SCORE').howToChange.zh).toMatch(/还差 \d+ 分/);
    const direct = await check(POLICY.graduateSettlement, { graduate: { directSettlementCategory: 'DOMESTIC_DOCTOR' } });
    expect(direct.verdict).toBe('LIKELY_ELIGIBLE');
    expect(direct.graduateScore).toBeNull();
  });
});

describe('a signed-in talent saves facts and re-runs checks', () => {
  const SAVE = `mutation($facts: EligibilityFactsInput!) { saveMyPolicyFacts(facts: $facts) { facts { laborContractMonths education residencePoints { age education socialInsuranceMonths } } errors { field code message } } }`;
  const MINE = `query($policyId: UUID!) { myEligibility(policyId: $policyId) { verdict criteria { code status explanation { zh } } } myResidencePointsEstimate { total ruleVersion { id } } myPolicyFacts { laborContractMonths age } }`;

  it('saves, reads back, and checks with the saved facts plus the profile (age and education)', async () => {
    const talent = await app.client('talent');
    const saved = (await talent.data(SAVE, {
      facts: {
        laborContractMonths: 36,
        employerRegisteredInBaoshan: true,
        employerMeetsPolicyConditions: true,
        ownsHomeInBaoshanOrNearby: false,
        residencePoints: { age: 30, education: 'MASTER', socialInsuranceMonths: 24 },
      },
    })).saveMyPolicyFacts;
    expect(saved.errors).toEqual([]);
    expect(saved.facts).toMatchObject({ laborContractMonths: 36, education: null, residencePoints: { age: 30, education: 'MASTER', socialInsuranceMonths: 24 } });

    const mine = await talent.data(MINE, { policyId: POLICY.talentApartment });
    // The sample talent's profile says MASTER: it fills in the level criterion.
    expect(mine.myEligibility.verdict).toBe('LIKELY_ELIGIBLE');
    expect(byCode(mine.myEligibility, 'TALENT_LEVEL').explanation.zh).toContain('硕士');
    expect(mine.myResidencePointsEstimate).toEqual({ total: 136, ruleVersion: { id: RULE_VERSION.residencePoints } });
    expect(mine.myPolicyFacts).toEqual({ laborContractMonths: 36, age: null });

    // Saving again replaces the facts; a re-run follows.
    await talent.data(SAVE, { facts: { laborContractMonths: 6, employerRegisteredInBaoshan: true, employerMeetsPolicyConditions: true, ownsHomeInBaoshanOrNearby: false } });
    const rerun = await talent.data(MINE, { policyId: POLICY.talentApartment });
    expect(rerun.myEligibility.verdict).toBe('NOT_ELIGIBLE');
    expect(rerun.myResidencePointsEstimate).toBeNull();
    expect((await app.sql("select count(*)::int as n from talent_policy_facts where user_id = '00000000-0000-4000-8000-000000001006'"))[0]).toEqual({ n: 1 });
  });

  it('refuses bad facts beside each field and keeps what was saved', async () => {
    const talent = await app.client('talent');
    const before = await app.sql("select facts from talent_policy_facts where user_id = '00000000-0000-4000-8000-000000001006'");
    const res = (await talent.data(SAVE, { facts: { laborContractMonths: -1, residencePoints: { age: 17 } } })).saveMyPolicyFacts;
    expect(res.facts).toBeNull();
    expect(res.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['facts.laborContractMonths', 'OUT_OF_RANGE'],
      ['facts.residencePoints.age', 'OUT_OF_RANGE'],
    ]);
    expect(await app.sql("select facts from talent_policy_facts where user_id = '00000000-0000-4000-8000-000000001006'")).toEqual(before);
  });

  it('only talent have saved facts; others are refused and nothing is written', async () => {
    const before = await app.sql('select count(*)::int as n from talent_policy_facts');
    for (const who of ['hr', 'admin'] as const) {
      const res = await (await app.client(who)).request(SAVE, { facts: { laborContractMonths: 12 } });
      expect(firstError(res).extensions.code).toBe('FORBIDDEN');
    }
    const visitor = await (await app.client()).request(`{ myPolicyFacts { age } }`);
    expect(firstError(visitor).extensions.code).toBe('UNAUTHENTICATED');
    expect(await app.sql('select count(*)::int as n from talent_policy_facts')).toEqual(before);
  });
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationForm, BenefitKind } from '../api/src/modules/application/application-form.entity.js';
import { DocumentKind as D } from '../api/src/modules/document/document-kind.js';
import { Policy } from '../api/src/modules/policy/policy.entity.js';
import { RuleVersion } from '../api/src/modules/policy/rule.entity.js';
import { POLICY, RULE_SET, RULE_VERSION, SAMPLE_CAP_VERSION } from './ids.js';

/**
 * How to apply for the policies that can be applied for online. Document checklists follow the
 * materials lists in POLICY.md §3. The processing times are the town's own service target
 * (平台服务时限, not a legal deadline: no source gives one for these Baoshan policies). The money
 * caps are rule data and stay null ("待配置 / not configured") in the reference data, because
 * POLICY.md marks the amounts unknown: a money policy then takes no applications until an
 * administrator enters its cap from the official document. The sample data sets illustrative caps
 * (`loadSampleCaps`), marked sample, so a newcomer can walk a whole application after `npm start`.
 */
const FORMS = [
  {
    policy: POLICY.housingSubsidy,
    benefit: BenefitKind.MONEY,
    processingDays: 30,
    checklist: [
      { kind: D.ID_CARD, required: true },
      { kind: D.LABOUR_CONTRACT, required: true },
      { kind: D.DEGREE_CERTIFICATE, required: true },
      { kind: D.RENTAL_CONTRACT, required: true },
      { kind: D.NO_PROPERTY_STATEMENT, required: true },
      { kind: D.SOCIAL_INSURANCE_RECORD, required: false },
    ],
  },
  {
    // 宝人社规〔2022〕8号: contract ≥3 years, income ≥3× the average wage, 6 months of social insurance.
    policy: POLICY.keyTalentIncentive,
    benefit: BenefitKind.MONEY,
    // The enterprise files this one with the town (POLICY.md §3.3): HR may nominate staff.
    employerNominates: true,
    processingDays: 30,
    checklist: [
      { kind: D.EMPLOYER_RECOMMENDATION, required: true },
      { kind: D.LABOUR_CONTRACT, required: true },
      { kind: D.INCOME_PROOF, required: true },
      { kind: D.TAX_RECORD, required: true },
      { kind: D.SOCIAL_INSURANCE_RECORD, required: true },
    ],
  },
  {
    // 《宝山区人才公寓管理暂行办法》: contract ≥1 year, no property in Baoshan, bachelor or above (or other routes).
    policy: POLICY.talentApartment,
    benefit: BenefitKind.FLAT,
    processingDays: 20,
    checklist: [
      { kind: D.ID_CARD, required: true },
      { kind: D.LABOUR_CONTRACT, required: true },
      { kind: D.NO_PROPERTY_STATEMENT, required: true },
      { kind: D.DEGREE_CERTIFICATE, required: false },
      { kind: D.TITLE_CERTIFICATE, required: false },
    ],
  },
  {
    policy: POLICY.cadreTraining,
    benefit: BenefitKind.NOMINATION,
    processingDays: 20,
    checklist: [
      { kind: D.EMPLOYER_RECOMMENDATION, required: true },
      { kind: D.DEGREE_CERTIFICATE, required: false },
    ],
  },
];

export async function loadApplicationForms(em: EntityManager): Promise<void> {
  for (const form of FORMS) {
    em.create(ApplicationForm, { ...form, policy: em.getReference(Policy, form.policy) });
  }
}

/** The forms refer to the policy catalogue, which another step loads. */
export async function applicationPoliciesExist(em: EntityManager): Promise<boolean> {
  return (await em.count(Policy, { id: { $in: FORMS.map((f) => f.policy) } })) === FORMS.length;
}

/** Databases seeded before employers could nominate: mark the policies they nominate for. */
export async function markEmployerNominations(em: EntityManager): Promise<void> {
  const nominated = FORMS.filter((f) => 'employerNominates' in f && f.employerNominates).map((f) => f.policy);
  await em.nativeUpdate(ApplicationForm, { policy: { $in: nominated } }, { employerNominates: true });
}

/**
 * Illustrative caps for the two money policies, as version 2 of their criteria rule sets from
 * the same date as version 1 (so they apply at once), marked sample in the data (`sample: true`,
 * shown as 示例 / sample) and in the version's note. Not official figures: POLICY.md gives none.
 */
const SAMPLE_CAPS = [
  { key: 'housingSubsidy', yuan: 50_000 },
  { key: 'keyTalentIncentive', yuan: 100_000 },
] as const;

export async function loadSampleCaps(em: EntityManager): Promise<void> {
  for (const { key, yuan } of SAMPLE_CAPS) {
    const first = await em.findOneOrFail(RuleVersion, { id: RULE_VERSION[key] });
    const latest = await em.findOneOrFail(RuleVersion, { ruleSet: RULE_SET[key] }, { orderBy: { version: 'desc' } });
    // A database where an administrator already entered versions keeps them: no sample on top.
    if (latest.id !== first.id) continue;
    em.create(RuleVersion, {
      id: SAMPLE_CAP_VERSION[key],
      ruleSet: first.ruleSet,
      version: 2,
      effectiveFrom: first.effectiveFrom,
      data: { ...(first.data as object), applicationCap: { amountYuan: yuan, sample: true } },
      legalBasis: first.legalBasis,
      noteZh: `示例数据：示例金额上限 ${yuan.toLocaleString('en-US')} 元，仅供试用，不是官方标准；正式使用前请管理员按正式文件设置。`,
      noteEn: `Sample data: an illustrative amount cap of ${yuan.toLocaleString('en-US')} yuan, for trying the platform, not an official figure; an administrator sets the real one from the official document before go-live.`,
    });
  }
}

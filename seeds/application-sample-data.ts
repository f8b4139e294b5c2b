import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationForm, BenefitKind } from '../api/src/modules/application/application-form.entity.js';
import { DocumentKind as D } from '../api/src/modules/document/document-kind.js';
import { Policy } from '../api/src/modules/policy/policy.entity.js';
import { POLICY } from './ids.js';

/**
 * How to apply for the policies that can be applied for online. Document checklists follow the
 * materials lists in POLICY.md §3. The processing times are the town's own service target
 * (平台服务时限, not a legal deadline: no source gives one for these Baoshan policies), and the
 * money caps stay null ("待配置 / not configured") because POLICY.md marks the amounts unknown;
 * an administrator enters them from the official documents.
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
    em.create(ApplicationForm, { ...form, policy: em.getReference(Policy, form.policy), amountCapYuan: null });
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

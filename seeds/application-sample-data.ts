import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationForm, ApplicationFormVersion, BenefitKind } from '../api/src/modules/application/application-form.entity.js';
import { QuestionKind as Q, type StoredQuestion } from '../api/src/modules/application/form-question.js';
import { DocumentKind as D } from '../api/src/modules/document/document-kind.js';
import { Policy } from '../api/src/modules/policy/policy.entity.js';
import { RuleVersion } from '../api/src/modules/policy/rule.entity.js';
import { POLICY, RULE_SET, RULE_VERSION, SAMPLE_CAP_VERSION } from './ids.js';

/** A question as stored; what is not given is null. */
const question = (q: Pick<StoredQuestion, 'key' | 'kind' | 'labelZh' | 'labelEn'> & Partial<StoredQuestion>): StoredQuestion =>
  ({ helpZh: null, helpEn: null, required: false, options: null, min: null, max: null, ...q });

const NOTE = question({ key: 'note', kind: Q.LONG_TEXT, labelZh: '补充说明', labelEn: 'Anything else', helpZh: '审核人员需要了解的其他情况。', helpEn: 'Anything the reviewers should know.' });

/**
 * How to apply for the policies that can be applied for online. Document checklists follow the
 * materials lists in POLICY.md §3. The processing times are the town's own service target
 * (平台服务时限, not a legal deadline: no source gives one for these Baoshan policies). The money
 * caps are rule data and stay null ("待配置 / not configured") in the reference data, because
 * POLICY.md marks the amounts unknown: a money policy then takes no applications until an
 * administrator enters its cap from the official document. The sample data sets illustrative caps
 * (`loadSampleCaps`), marked sample, so a newcomer can walk a whole application after `npm start`.
 * The questions are those the apply wizard used to hard-code (web questions.ts until issue 17):
 * required only where the server refused a submission without them (a flat's layout and month).
 */
const FORMS = [
  {
    policy: POLICY.housingSubsidy,
    benefit: BenefitKind.MONEY,
    processingDays: 30,
    questions: [
      question({ key: 'monthlyRent', kind: Q.MONEY, labelZh: '月租金（元）', labelEn: 'Monthly rent (yuan)', min: 1, max: 1_000_000 }),
      question({ key: 'rentalAddress', kind: Q.TEXT, labelZh: '租赁住房地址', labelEn: 'Address of the rented home' }),
      NOTE,
    ],
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
    questions: [
      question({ key: 'keyPost', kind: Q.LONG_TEXT, labelZh: '岗位及主要职责', labelEn: 'Post and main duties' }),
      question({ key: 'previousYearIncomeYuan', kind: Q.MONEY, labelZh: '上一年度税前收入（元）', labelEn: 'Previous year\'s pre-tax income (yuan)', min: 0, max: 1_000_000_000 }),
      NOTE,
    ],
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
    // The apartments module queues an approved application by layout and move-in month (its FLAT
    // answer check also keeps the month within a year); the reviewer checks the subsidy category.
    questions: [
      question({
        key: 'layout', kind: Q.CHOICE, required: true, labelZh: '希望的户型', labelEn: 'Layout wanted', helpZh: '每种户型单独轮候。', helpEn: 'Each layout has its own waitlist.',
        options: [
          { value: 'STUDIO', labelZh: '开间', labelEn: 'studio' },
          { value: 'ONE_BEDROOM', labelZh: '一室户', labelEn: 'one-bedroom' },
          { value: 'TWO_BEDROOM', labelZh: '两室户', labelEn: 'two-bedroom' },
          { value: 'THREE_BEDROOM', labelZh: '三室户', labelEn: 'three-bedroom' },
        ],
      }),
      question({
        key: 'moveInMonth', kind: Q.MONTH, required: true, labelZh: '希望入住的月份', labelEn: 'Month to move in',
        helpZh: '本月至一年内，如 2027-03。希望更晚入住的保留名次，到时再配房。',
        helpEn: 'This month to a year ahead, e.g. 2027-03. If later than next month, you keep your place and get a unit when your month comes.',
      }),
      question({
        key: 'subsidyCategory', kind: Q.CHOICE, labelZh: '租金补贴类别', labelEn: 'Rent subsidy category',
        helpZh: '由审核人员核实；未选按"其他企业人才"。', helpEn: 'Checked by the reviewer; if none is chosen, "other enterprise talent".',
        options: [
          { value: 'STANDARD', labelZh: '其他企业人才', labelEn: 'Other enterprise talent' },
          { value: 'OVERSEAS_EXCELLENT', labelZh: '优秀海外人才', labelEn: 'Excellent overseas talent' },
        ],
      }),
      question({ key: 'householdSize', kind: Q.NUMBER, labelZh: '入住人数', labelEn: 'People moving in', min: 1, max: 10 }),
      NOTE,
    ],
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
    questions: [
      question({ key: 'statement', kind: Q.LONG_TEXT, labelZh: '推荐理由或个人简介', labelEn: 'Why you are suited (short statement)' }),
      NOTE,
    ],
    checklist: [
      { kind: D.EMPLOYER_RECOMMENDATION, required: true },
      { kind: D.DEGREE_CERTIFICATE, required: false },
    ],
  },
];

export async function loadApplicationForms(em: EntityManager): Promise<void> {
  for (const form of FORMS) {
    const head = em.create(ApplicationForm, { ...form, policy: em.getReference(Policy, form.policy) });
    em.create(ApplicationFormVersion, { ...form, form: head, version: 1 });
  }
}

/**
 * Databases whose forms predate questions as data: the migration made each form version 1 as it
 * stood (no questions); this writes the questions the web used to hard-code into it, unless an
 * administrator has already made a new version.
 */
export async function loadFormQuestions(em: EntityManager): Promise<void> {
  for (const form of FORMS) {
    const head = await em.findOne(ApplicationForm, { policy: form.policy });
    if (head?.version !== 1 || head.questions.length > 0) continue;
    head.questions = form.questions;
    await em.nativeUpdate(ApplicationFormVersion, { form: head.id, version: 1 }, { questions: form.questions });
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

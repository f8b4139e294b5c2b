import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationForm, ApplicationFormVersion, BenefitKind } from '../api/src/modules/application/application-form.entity.js';
import { CityProcedure, Recommender } from '../api/src/modules/application/city-procedure.entity.js';
import { QuestionKind as Q, type StoredQuestion } from '../api/src/modules/application/form-question.js';
import { DocumentKind as D } from '../api/src/modules/document/document-kind.js';
import { Policy } from '../api/src/modules/policy/policy.entity.js';
import { POLICY } from './ids.js';

/**
 * The town's pre-check (预审) for the procedures the city decides (issue 17 item 7): residence
 * points, 居转户, talent introduction and new-graduate settlement. Each gets a PRE_CHECK form (the
 * checklist follows the materials lists in POLICY.md §1–2 and the policy catalogue) and its city
 * procedure: who recommends after a pass, and where and what the talent then files. Where the
 * city's documents say "as the receiving office asks", the list says so; no address or web link
 * is given that POLICY.md does not give. The processing days are the town's own service target
 * for the pre-check, not a legal deadline.
 */
const NOTE: StoredQuestion = {
  key: 'note', kind: Q.LONG_TEXT, labelZh: '补充说明', labelEn: 'Anything else', helpZh: '预审人员需要了解的情况，如拟申请的类别。', helpEn: 'What the town should know, e.g. the category you mean to apply under.',
  required: false, options: null, min: null, max: null,
};

const doc = (zh: string, en: string) => ({ zh, en });

const PRE_CHECKS = [
  {
    policy: POLICY.residencePoints,
    checklist: [
      { kind: D.RESIDENCE_PERMIT, required: true },
      { kind: D.ID_CARD, required: true },
      { kind: D.HUKOU_PROOF, required: true },
      { kind: D.LABOUR_CONTRACT, required: true },
      { kind: D.TAX_RECORD, required: true },
      { kind: D.DEGREE_CERTIFICATE, required: false },
      { kind: D.TITLE_CERTIFICATE, required: false },
      { kind: D.SOCIAL_INSURANCE_RECORD, required: false },
    ],
    procedure: {
      recommendation: null,
      whereZh: '上海市居住证积分管理信息系统（经"一网通办"，由用人单位为您申请）；纸质材料交单位注册地所在区人才服务中心受理点。',
      whereEn: 'The Shanghai residence-points system (through 一网通办; your employer applies for you); paper materials go to the talent service centre of the district where the employer is registered.',
      howZh: '1. 请单位经办人在系统中为您建立账户并填写申请表；2. 单位网上审核、打印并盖章；3. 单位将材料交区人才服务中心受理点并取得收件凭证；4. 审核通过后您会收到短信，可在线或在上海人社 APP 打印积分通知书。以市级系统和区人社局的决定为准。',
      howEn: '1. Your employer\'s HR officer creates your account in the system and fills in the form; 2. the employer reviews, prints and stamps it; 3. the employer hands the materials to the district centre and gets a receipt; 4. you get a text message on approval and print the points notice online or in the Shanghai HR app. The city system and the district HR bureau decide.',
      documents: [
        doc('单位介绍信及经办人身份证', 'Employer letter and the HR officer\'s ID'),
        doc('有效的《上海市居住证》', 'Valid Shanghai residence permit'),
        doc('系统打印并盖章的《积分申请表》', 'The application form printed from the system and stamped'),
        doc('本人身份证、户籍证明', 'Your ID card and hukou proof'),
        doc('一年以上劳动（聘用）合同', 'Labour contract of a year or more'),
        doc('近 6 个月个人所得税完税证明', 'Last 6 months of income-tax certificates'),
        doc('按所申请指标：学历学位证书及认证报告、职称证书等', 'Per indicator claimed: degree certificates with verification reports, title certificates, etc.'),
      ],
    },
  },
  {
    policy: POLICY.hukouTransfer,
    checklist: [
      { kind: D.RESIDENCE_PERMIT, required: true },
      { kind: D.ID_CARD, required: true },
      { kind: D.SOCIAL_INSURANCE_RECORD, required: true },
      { kind: D.TAX_RECORD, required: true },
      { kind: D.TITLE_CERTIFICATE, required: true },
      { kind: D.LABOUR_CONTRACT, required: true },
    ],
    procedure: {
      recommendation: null,
      whereZh: '"一网通办"人事人才业务（用人单位以单位账户网上申请），预约后到受理窗口递交材料。',
      whereEn: 'The 一网通办 HR and talent service (your employer applies online with its unit account); materials are handed in at the receiving window after booking.',
      howZh: '1. 单位开通"人事人才"账户并通过资质审核；2. 单位网上申请；3. 预约；4. 到窗口递交材料。受理部门和办理时限以其通知为准。',
      howEn: '1. The employer opens an HR account and passes the qualification check; 2. applies online; 3. books an appointment; 4. hands in the materials at the window. The receiving office\'s notices govern what it takes and how long.',
      documents: [
        doc('上海市居住证', 'Shanghai residence permit'),
        doc('社保和个税缴纳记录', 'Social-insurance and income-tax records'),
        doc('职称或职业资格证书', 'Title or qualification certificate'),
        doc('劳动合同', 'Labour contract'),
        doc('单位材料；其余以受理部门通知为准', 'Employer papers; anything else as the receiving office asks'),
      ],
    },
  },
  {
    policy: POLICY.talentIntroduction,
    checklist: [
      { kind: D.ID_CARD, required: true },
      { kind: D.HUKOU_PROOF, required: true },
      { kind: D.LABOUR_CONTRACT, required: true },
      { kind: D.DEGREE_CERTIFICATE, required: true },
      { kind: D.SOCIAL_INSURANCE_RECORD, required: true },
      { kind: D.TAX_RECORD, required: true },
      { kind: D.TITLE_CERTIFICATE, required: false },
    ],
    // The employer applies and writes the letter and report (POLICY.md §2.2 process and materials).
    procedure: {
      recommendation: Recommender.EMPLOYER,
      whereZh: '由用人单位申办：中央、市属单位交上海市人才服务中心，其他单位交所在区人才服务中心（宝山区人才服务中心）。',
      whereEn: 'Your employer applies: central and municipal bodies at the Shanghai Talent Service Centre, all others at their district\'s centre (Baoshan District Talent Service Centre).',
      howZh: '单位注册 → 填写并打印《上海市引进人才申请表》→ 单位资质审核 → 递交材料 → 初审（15 个工作日）→ 市人社局审核（30 个工作日）→ 公示 15 天 → 办理落户手续。以市人社局的决定为准。',
      howEn: 'The employer registers → fills in and prints the talent-introduction form → qualification check → materials handed in → first review (15 working days) → city HR bureau review (30 working days) → 15 days of public notice → settlement paperwork. The city HR bureau decides.',
      documents: [
        doc('单位介绍信和申请报告', 'Employer letter and application report'),
        doc('营业执照', 'Business licence'),
        doc('劳动合同', 'Labour contract'),
        doc('政审证明', 'Political-conduct certificate'),
        doc('身份证、户口簿', 'ID card and hukou book'),
        doc('婚育证明', 'Marriage and family proof'),
        doc('学历学位证书', 'Degree certificates'),
        doc('社保和个税记录', 'Social-insurance and tax records'),
        doc('落户地址证明', 'Proof of the settlement address'),
      ],
    },
  },
  {
    policy: POLICY.graduateSettlement,
    checklist: [
      { kind: D.ID_CARD, required: true },
      { kind: D.DEGREE_CERTIFICATE, required: true },
      { kind: D.LABOUR_CONTRACT, required: true },
      { kind: D.HUKOU_PROOF, required: false },
    ],
    procedure: {
      recommendation: null,
      whereZh: '由用人单位在规定时间内网上申报（以当年通知为准）。',
      whereEn: 'Your employer files online within the set period (as that year\'s notice says).',
      howZh: '请单位按当年通知的时间网上申报；审核后办理。每年申报和审核时间以当年通知为准。',
      howEn: 'Ask your employer to file online in the period of that year\'s notice; settlement follows approval. Each year\'s notice sets the dates.',
      documents: [doc('以用人单位和受理部门通知为准', 'As your employer and the receiving office ask')],
    },
  },
];

export async function loadPreCheckForms(em: EntityManager): Promise<void> {
  for (const { policy, checklist, procedure } of PRE_CHECKS) {
    const form = { benefit: BenefitKind.PRE_CHECK, processingDays: 10, questions: [NOTE], checklist };
    const head = em.create(ApplicationForm, { ...form, policy: em.getReference(Policy, policy) });
    em.create(ApplicationFormVersion, { ...form, form: head, version: 1 });
    em.create(CityProcedure, { ...procedure, policy: em.getReference(Policy, policy) });
  }
}

/** The forms refer to the policy catalogue, which another step loads. */
export async function preCheckPoliciesExist(em: EntityManager): Promise<boolean> {
  return (await em.count(Policy, { id: { $in: PRE_CHECKS.map((p) => p.policy) } })) === PRE_CHECKS.length;
}

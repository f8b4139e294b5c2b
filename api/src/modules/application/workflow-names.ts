import type { LocalisedText } from '../../core/errors/domain-error.js';
import type { Actor, Requirement } from './workflow.js';

/** Bilingual names of the workflow table's actors and requirements, for the schema and the administrator's page. */

export const ACTOR_NAMES: Record<Actor, LocalisedText> = {
  APPLICANT: { zh: '申请人', en: 'The applicant' },
  EMPLOYER_HR: { zh: '申请人所在单位的人事', en: 'HR of the applicant\'s enterprise' },
  REVIEWER: { zh: '镇审核人员', en: 'A town reviewer' },
};

export const REQUIREMENT_NAMES: Record<Requirement, LocalisedText> = {
  REQUIRED_DOCUMENTS: { zh: '必答问题已回答、申请金额已填、必需材料齐全且未过期、已填工作单位', en: 'Required answers and amount given, required documents attached and not expired, employer named' },
  REASON: { zh: '理由（申请人可见）', en: 'A reason, shown to the applicant' },
  AMOUNT_WITHIN_CAP: { zh: '批准金额不超过政策上限（上限须已配置）；单位申报的政策按配置的激励金额批准', en: 'An approved amount within the policy\'s cap (which must be configured); a policy the employer files is approved at the configured award' },
  GRANT_LIMITS: { zh: '不超过每人享受次数和累计金额限制（如已配置）', en: 'Within the per-person limits on grants and total amount (where configured)' },
  PAYMENT_REFERENCE: { zh: '银行流水号', en: 'The bank\'s transfer number' },
  ALLOCATION_NOTE: { zh: '配房说明', en: 'A note on the flat allocated' },
  EMPLOYMENT_FACTS: { zh: '在职信息：劳动合同起止日、岗位、社保月数', en: 'Employment facts: contract dates, position, social-insurance months' },
  FACTS_MEET_CRITERIA: { zh: '单位申报的政策：所确认的收入、合同期限、社保月数符合政策条件', en: 'For a policy the employer files: the confirmed income, contract length and social-insurance months meet its conditions' },
  EVIDENCE_NOTE: { zh: '核实依据（如查看的劳动合同），记入办理记录', en: 'What the confirmation rests on (e.g. the contract seen), kept in the history' },
  EMPLOYER_WITHOUT_HR: { zh: '该单位在平台上没有人事账号', en: 'The enterprise has no HR account on the platform' },
};

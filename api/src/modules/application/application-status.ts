import { registerBilingualEnum } from '../../core/graphql/enums.js';
import type { LocalisedText } from '../../core/errors/domain-error.js';

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  EMPLOYER_CONFIRMED = 'EMPLOYER_CONFIRMED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  RETURNED_FOR_INFO = 'RETURNED_FOR_INFO',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DISBURSED = 'DISBURSED',
  ALLOCATED = 'ALLOCATED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
  /** A pre-check passed; the employer's or the town's recommendation comes next (pre-check.workflow.ts). */
  AWAITING_RECOMMENDATION = 'AWAITING_RECOMMENDATION',
  /** A pre-check passed (and recommended where the policy asks for it): the talent files with the city. */
  READY_TO_FILE = 'READY_TO_FILE',
}

export const STATUS_NAMES: Record<ApplicationStatus, LocalisedText> = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  SUBMITTED: { zh: '已提交，待单位确认', en: 'Submitted, awaiting the employer' },
  EMPLOYER_CONFIRMED: { zh: '单位已确认，待审核', en: 'Employer confirmed, awaiting review' },
  UNDER_REVIEW: { zh: '审核中', en: 'Under review' },
  RETURNED_FOR_INFO: { zh: '退回补充材料', en: 'Returned for more information' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '未通过', en: 'Rejected' },
  DISBURSED: { zh: '已发放', en: 'Paid out' },
  ALLOCATED: { zh: '已配房', en: 'Flat allocated' },
  CLOSED: { zh: '已办结', en: 'Closed' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
  AWAITING_RECOMMENDATION: { zh: '预审通过，待推荐', en: 'Pre-check passed, awaiting the recommendation' },
  READY_TO_FILE: { zh: '预审通过，请向市级部门申报', en: 'Pre-check passed: file with the city' },
};

registerBilingualEnum(ApplicationStatus, 'ApplicationStatus', '申请状态 / Where an application stands', STATUS_NAMES);

export enum ApplicationAction {
  /** History only: the draft was created. */
  CREATE = 'CREATE',
  /** History only: a case from before the platform was imported (never through the workflow). */
  IMPORT = 'IMPORT',
  SUBMIT = 'SUBMIT',
  /** A town reviewer files and submits at the counter for a walk-in talent, noting the paper documents seen. */
  SUBMIT_FOR_WALK_IN = 'SUBMIT_FOR_WALK_IN',
  CONFIRM_EMPLOYMENT = 'CONFIRM_EMPLOYMENT',
  /** A town reviewer confirms for an enterprise that has no HR account, noting the evidence seen. */
  CONFIRM_EMPLOYMENT_FOR_EMPLOYER = 'CONFIRM_EMPLOYMENT_FOR_EMPLOYER',
  DECLINE_EMPLOYMENT = 'DECLINE_EMPLOYMENT',
  START_REVIEW = 'START_REVIEW',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  RETURN_FOR_INFO = 'RETURN_FOR_INFO',
  RESUBMIT = 'RESUBMIT',
  DISBURSE = 'DISBURSE',
  ALLOCATE = 'ALLOCATE',
  CLOSE = 'CLOSE',
  WITHDRAW = 'WITHDRAW',
  // The town's pre-check (预审) for a procedure the city decides: pre-check.workflow.ts.
  SUBMIT_PRE_CHECK = 'SUBMIT_PRE_CHECK',
  RESUBMIT_PRE_CHECK = 'RESUBMIT_PRE_CHECK',
  PASS_PRE_CHECK = 'PASS_PRE_CHECK',
  PASS_PRE_CHECK_FOR_RECOMMENDATION = 'PASS_PRE_CHECK_FOR_RECOMMENDATION',
  PRE_CHECK_NEEDS_DOCUMENTS = 'PRE_CHECK_NEEDS_DOCUMENTS',
  PRE_CHECK_NOT_ELIGIBLE = 'PRE_CHECK_NOT_ELIGIBLE',
  RECOMMEND_BY_EMPLOYER = 'RECOMMEND_BY_EMPLOYER',
  RECOMMEND_BY_TOWN = 'RECOMMEND_BY_TOWN',
}

export const ACTION_NAMES: Record<ApplicationAction, LocalisedText> = {
  CREATE: { zh: '创建草稿', en: 'Draft created' },
  IMPORT: { zh: '导入平台上线前的记录（未经平台流程）', en: 'Imported from records before the platform (not through its workflow)' },
  SUBMIT: { zh: '提交申请', en: 'Submitted' },
  SUBMIT_FOR_WALK_IN: { zh: '窗口代为提交（镇审核人员为来访人才办理）', en: 'Filed at the counter by the town for a walk-in talent' },
  CONFIRM_EMPLOYMENT: { zh: '单位确认在职', en: 'Employer confirmed employment' },
  CONFIRM_EMPLOYMENT_FOR_EMPLOYER: { zh: '镇审核人员代单位确认在职（单位无人事账号）', en: 'Employment confirmed by the town (the employer has no HR account)' },
  DECLINE_EMPLOYMENT: { zh: '单位未予确认', en: 'Employer declined to confirm' },
  START_REVIEW: { zh: '开始审核', en: 'Review started' },
  APPROVE: { zh: '批准', en: 'Approved' },
  REJECT: { zh: '不予批准', en: 'Rejected' },
  RETURN_FOR_INFO: { zh: '退回补充材料', en: 'Returned for more information' },
  RESUBMIT: { zh: '补充后重新提交', en: 'Resubmitted' },
  DISBURSE: { zh: '记录发放', en: 'Payment recorded' },
  ALLOCATE: { zh: '记录配房', en: 'Flat allocation recorded' },
  CLOSE: { zh: '办结', en: 'Closed' },
  WITHDRAW: { zh: '申请人撤回', en: 'Withdrawn by the applicant' },
  SUBMIT_PRE_CHECK: { zh: '提交预审材料', en: 'Documents submitted for the pre-check' },
  RESUBMIT_PRE_CHECK: { zh: '补充材料后重新提交预审', en: 'Pre-check resubmitted with more documents' },
  PASS_PRE_CHECK: { zh: '预审通过', en: 'Pre-check passed' },
  PASS_PRE_CHECK_FOR_RECOMMENDATION: { zh: '预审通过，转推荐', en: 'Pre-check passed, on to the recommendation' },
  PRE_CHECK_NEEDS_DOCUMENTS: { zh: '预审：需补充材料', en: 'Pre-check: more documents needed' },
  PRE_CHECK_NOT_ELIGIBLE: { zh: '预审：不符合条件', en: 'Pre-check: not eligible' },
  RECOMMEND_BY_EMPLOYER: { zh: '单位推荐', en: 'Recommended by the employer' },
  RECOMMEND_BY_TOWN: { zh: '镇推荐', en: 'Recommended by the town' },
};

registerBilingualEnum(ApplicationAction, 'ApplicationAction', '申请流程中的一步 / A step in an application\'s workflow', ACTION_NAMES);

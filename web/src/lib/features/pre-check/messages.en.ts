/** English of `messages.zh-CN.ts` (each language is its own chunk: a page loads only the one it shows). */
import type { preCheckZhCN } from './messages.zh-CN';

export const preCheckEn: Record<keyof typeof preCheckZhCN, string> = {
  'applications.benefit.PRE_CHECK': 'The town\'s pre-check (the city decides)',
  'applications.status.AWAITING_RECOMMENDATION': 'Pre-check passed, awaiting the recommendation',
  'applications.status.READY_TO_FILE': 'Pre-check passed: file with the city',

  'applications.action.SUBMIT_PRE_CHECK': 'Documents submitted for the pre-check',
  'applications.action.RESUBMIT_PRE_CHECK': 'Pre-check resubmitted with more documents',
  'applications.action.PASS_PRE_CHECK': 'Pre-check passed',
  'applications.action.PASS_PRE_CHECK_FOR_RECOMMENDATION': 'Pre-check passed, on to the recommendation',
  'applications.action.PRE_CHECK_NEEDS_DOCUMENTS': 'Pre-check: more documents needed',
  'applications.action.PRE_CHECK_NOT_ELIGIBLE': 'Pre-check: not eligible',
  'applications.action.RECOMMEND_BY_EMPLOYER': 'Recommended by the employer',
  'applications.action.RECOMMEND_BY_TOWN': 'Recommended by the town',

  'applications.act.SUBMIT_PRE_CHECK': 'Submit for pre-check',
  'applications.act.RESUBMIT_PRE_CHECK': 'Resubmit for pre-check',
  'applications.act.PASS_PRE_CHECK': 'Pre-check passed',
  'applications.act.PASS_PRE_CHECK_FOR_RECOMMENDATION': 'Pre-check passed (on to the recommendation)',
  'applications.act.PRE_CHECK_NEEDS_DOCUMENTS': 'More documents needed',
  'applications.act.PRE_CHECK_NOT_ELIGIBLE': 'Not eligible',
  'applications.act.RECOMMEND_BY_EMPLOYER': 'Recommend (employer)',
  'applications.act.RECOMMEND_BY_TOWN': 'Recommend (town)',
};

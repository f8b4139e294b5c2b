/** English of `shell-messages.zh-CN.ts`. */
import type { fundShellZhCN } from './shell-messages.zh-CN';

export const fundShellEn: Record<keyof typeof fundShellZhCN, string> = {
  'route.fund': 'Community charity fund',
  'route.fund.grants': 'Fund grants',
  'route.fund.donations': 'Donations',
  'nav.fund': 'Charity fund',
  'nav.fund.body': 'What the community charity fund raised, granted and paid; every figure summed from its ledger.',
  'nav.fund.grants': 'Fund grants',
  'nav.fund.grants.body': 'Apply for a grant for a community project; follow approval, payments and receipts.',
  'nav.fund.grants.staffBody': 'Decide on grant applications (two approvals), pay in tranches, cancel.',
  'nav.fund.donations': 'Donations',
  'nav.fund.donations.body': 'Record gifts from organisations and people; reverse entries recorded in error.',
};

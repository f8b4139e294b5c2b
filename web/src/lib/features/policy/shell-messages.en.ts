/** English of `shell-messages.zh-CN.ts`. */
import type { policyShellZhCN } from './shell-messages.zh-CN';

export const policyShellEn: Record<keyof typeof policyShellZhCN, string> = {
  'route.policy.list': 'Talent policies',
  'route.policy.detail': 'Policy',
  'route.policy.check': 'Eligibility check',
  'route.policy.points': 'Residence-points calculator',
  'nav.policy.list': 'Talent policies',
  'nav.policy.list.body': 'Look up settlement, points, talent apartments, key-talent incentives and more; check each condition for yourself.',
  'nav.policy.points': 'Points calculator',
  'nav.policy.points.body': 'Estimate your residence-permit points, see each indicator and its basis, and try what-ifs.',
};

import type { rulesShellZhCN } from './shell-messages.zh-CN';

/** English of `shell-messages.zh-CN.ts`. */
export const rulesShellEn: Record<keyof typeof rulesShellZhCN, string> = {
  'route.adminPolicies': 'Policy texts and versions',
  'nav.admin.policies': 'Policy texts and versions',
  'nav.admin.policies.body': 'Edit a policy\'s texts, legal document, sources, effective dates and date checked; each save is a new version, audited.',
  'route.adminRules': 'Rules and yearly parameters',
  'nav.admin.rules': 'Rules and yearly parameters',
  'nav.admin.rules.body': 'Edit point tables, yearly parameters such as the city average wage, caps and apartment subsidy rates: see the diff and a trial run first, then schedule by effective date; who changed what is recorded.',
};

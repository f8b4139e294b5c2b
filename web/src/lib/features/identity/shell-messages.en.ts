/** English of `shell-messages.zh-CN.ts`. */
import type { identityShellZhCN } from './shell-messages.zh-CN';

export const identityShellEn: Record<keyof typeof identityShellZhCN, string> = {
  'route.signUpConfirm': 'Confirm sign-up',
  'route.forgotPassword': 'Forgot password',
  'route.setPassword': 'Set your password',
  'route.idConflicts': 'ID number conflicts',
  'nav.idConflicts': 'ID number conflicts',
  'nav.idConflicts.body': 'Check and settle resident ID numbers entered by a second account.',
};

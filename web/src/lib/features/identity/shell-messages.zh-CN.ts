/** Words of this feature that the shell shows on every page (menu, page titles, error and notification texts): loaded with the shell; the rest of `messages.zh-CN.ts` loads with the pages that use it. */
export const identityShellZhCN = {
  'route.signUpConfirm': '确认注册',
  'route.forgotPassword': '忘记密码',
  'route.setPassword': '设置密码',
  'route.idConflicts': '身份证号码冲突',
  'nav.idConflicts': '身份证号码冲突',
  'nav.idConflicts.body': '同一身份证号码被第二个账号填写时，在此核实并处理。',
} as const;

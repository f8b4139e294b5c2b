/** Words of the policy pages that the shell shows on every page (menu, page titles): loaded with the shell; the rest of `messages.zh-CN.ts` loads with the pages that use it. */
export const policyShellZhCN = {
  'route.policy.list': '人才政策',
  'route.policy.detail': '政策详情',
  'route.policy.check': '资格检查',
  'route.policy.points': '居住证积分计算器',
  'nav.policy.list': '人才政策',
  'nav.policy.list.body': '查询落户、积分、人才公寓、骨干激励等政策，逐项检查自己是否符合条件。',
  'nav.policy.points': '积分计算器',
  'nav.policy.points.body': '估算居住证积分，逐项查看得分和依据，试试"如果…会怎样"。',
} as const;

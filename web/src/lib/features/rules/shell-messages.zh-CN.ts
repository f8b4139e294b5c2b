/** Words of the rule-set page that the shell shows on every page (menu, page title). */
export const rulesShellZhCN = {
  'route.adminRules': '规则与年度参数',
  'nav.admin.rules': '规则与年度参数',
  'nav.admin.rules.body': '编辑分值表、社平工资等年度参数、上限和人才公寓补贴标准：先看差异和试算，再按生效日期排期；谁改了什么都有记录。',
} as const;

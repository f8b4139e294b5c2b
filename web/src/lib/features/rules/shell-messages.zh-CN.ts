/** Words of the rule-set page that the shell shows on every page (menu, page title). */
export const rulesShellZhCN = {
  'route.adminPolicies': '政策内容与版本',
  'nav.admin.policies': '政策内容与版本',
  'nav.admin.policies.body': '编辑政策的文字、依据文件、来源、生效日期和核对日期；每次保存为新版本并记入审计。',
  'route.adminRules': '规则与年度参数',
  'nav.admin.rules': '规则与年度参数',
  'nav.admin.rules.body': '编辑分值表、社平工资等年度参数、上限和人才公寓补贴标准：先看差异和试算，再按生效日期排期；谁改了什么都有记录。',
} as const;

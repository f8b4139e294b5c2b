/** Words of this feature that the shell shows on every page (menu, page titles, error and notification texts): loaded with the shell; the rest of `messages.zh-CN.ts` loads with the pages that use it. */
export const fundShellZhCN = {
  'route.fund': '社区公益基金会',
  'route.fund.grants': '基金资助',
  'route.fund.donations': '捐赠登记',
  'nav.fund': '公益基金公示',
  'nav.fund.body': '社区公益基金会的募集、资助和拨付，每个数字都由账目求和。',
  'nav.fund.grants': '基金资助',
  'nav.fund.grants.body': '为社区项目申请资助，跟进审批、拨付和票据。',
  'nav.fund.grants.staffBody': '审批资助申请（两人批准）、分期拨付、撤销。',
  'nav.fund.donations': '捐赠登记',
  'nav.fund.donations.body': '登记单位和个人的捐赠，冲正登记有误的账目。',
} as const;

/** Words of this feature that the shell shows on every page (menu, page titles, error and notification texts): loaded with the shell; the rest of `messages.zh-CN.ts` loads with the pages that use it. */
export const apartmentsShellZhCN = {
  'nav.apartments': '人才公寓',
  'nav.apartments.body': '浏览人才公寓项目和房源，了解租金补贴（先租后补）和轮候规则。',
  'nav.apartments.mine': '我的公寓',
  'nav.apartments.mine.body': '轮候名次、配租通知、租约和已享受的租金补贴。',
  'nav.apartments.manage': '公寓房源',
  'nav.apartments.manage.body': '各项目入住情况、新增项目和房源、CSV 批量导入。',
  'nav.apartments.waitlist': '公寓轮候',
  'nav.apartments.waitlist.body': '按户型查看轮候名单和待答复的配租通知。',
  'nav.apartments.leases': '公寓租约',
  'nav.apartments.leases.body': '在租和已退租的租约，登记退租。',
  'nav.apartments.settlements': '补贴结算',
  'nav.apartments.settlements.body': '按运营方每半年结算租金补贴：生成、审核、付款、导出 CSV。',

  'route.apartments.list': '人才公寓',
  'route.apartments.project': '公寓项目',
  'route.apartments.mine': '我的人才公寓',
  'route.apartments.manage': '公寓房源管理',
  'route.apartments.waitlist': '公寓轮候名单',
  'route.apartments.leases': '公寓租约',
  'route.apartments.settlements': '租金补贴结算',
  'route.apartments.settlement': '结算批次',
} as const;

/** Words of this feature that the shell shows on every page (menu, page titles, error and notification texts): loaded with the shell; the rest of `messages.zh-CN.ts` loads with the pages that use it. */
export const allianceShellZhCN = {
  'route.alliance.events': '学习互鉴活动',
  'route.alliance.event': '活动详情',
  'route.alliance.newEvent': '发布活动',
  'route.alliance.editEvent': '修改活动',
  'route.alliance.staff': '为员工报名',
  'route.alliance.registrations': '报名与出席',
  'route.alliance.checkIn': '活动签到',
  'route.alliance.participation': '企业参与统计',
  'route.alliance.learning': '我的学习',

  'route.alliance.members': '联盟成员',
  'route.alliance.member': '编辑成员档案',
  'route.alliance.cadre': '干部培养交流',
  'route.alliance.newCohort': '新建批次',
  'route.alliance.cohort': '干部培养交流批次',

  'nav.alliance.members': '联盟成员',
  'nav.alliance.members.body': '12 家成员企业的领域、规模和联系人，联盟协调人，本年度和历年轮值召集人。',
  'nav.alliance.members.coordinatorBody': '维护成员企业档案，设定每年的联席会议轮值召集人。',
  'nav.alliance.members.hrBody': '查看联盟成员和轮值召集人，维护本企业的成员档案。',
  'nav.alliance.cadre': '干部培养交流',
  'nav.alliance.cadre.hrBody': '推荐本企业员工参加与上海大学材料科学与工程学院的干部培养交流计划，查看遴选结果。',
  'nav.alliance.cadre.coordinatorBody': '与上海大学材料科学与工程学院建立批次，在名额内遴选推荐人选，安排课程，记录结业。',
} as const;

/** Words of this feature that the shell shows on every page (menu, page titles, error and notification texts): loaded with the shell; the rest of `messages.zh-CN.ts` loads with the pages that use it. */
export const appointmentsShellZhCN = {
  'route.appointments': '我的预约',
  'route.appointments.book': '预约办理',
  'route.appointments.desk': '预约叫号台',
  'nav.appointments': '我的预约',
  'nav.appointments.body': '窗口和银行的预约、排队号、取消，下载日历文件。',
  'nav.appointments.desk': '预约叫号台',
  'nav.appointments.desk.body': '当天预约名单：叫号、办结、记为未到。',
  'route.admin.appointments': "预约网点与节假日",
  'nav.admin.appointments': "预约网点与节假日",
  'nav.admin.appointments.body': "各网点每周办公时间、每时段人数和停办日，以及全年法定节假日与调休安排。",

  // Shown on other features' pages (the policy page's apply and booking links).
  'appointments.bookVisit': '预约窗口办理：{name}',
  'appointments.bookBank': '预约银行咨询：{name}',
} as const;

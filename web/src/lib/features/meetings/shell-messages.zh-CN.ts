/** Words of this feature that the shell shows on every page (menu, page titles, error and notification texts): loaded with the shell; the rest of `messages.zh-CN.ts` loads with the pages that use it. */
export const meetingsShellZhCN = {
  'route.meetings.list': '联席会议',
  'route.meetings.new': '登记联席会议',
  'route.meetings.meeting': '联席会议',
  'route.meetings.minutes': '会议纪要',
  'nav.meetings': '联席会议',
  'nav.meetings.body': '镇、片区、村居三级区域化党建联席会议：议题、决定、责任人和期限。',
  'nav.meetings.readBody': '查看联席会议和您负责落实的决定。',
} as const;

/** Words of this feature that the shell shows on every page (menu, page titles, error and notification texts): loaded with the shell; the rest of `settings-messages.zh-CN.ts` loads with the pages that use it. */
export const notificationsShellZhCN = {
  'route.settings.notifications': '通知设置',
  'nav.settings.notifications': '通知设置',
  'nav.settings.notifications.body': '选择各类消息通过站内通知、邮件或短信送达，关注政策并接收资格提醒。',
} as const;

/** English of `shell-messages.zh-CN.ts`. */
import type { notificationsShellZhCN } from './shell-messages.zh-CN';

export const notificationsShellEn: Record<keyof typeof notificationsShellZhCN, string> = {
  'route.settings.notifications': 'Notification settings',
  'nav.settings.notifications': 'Notification settings',
  'nav.settings.notifications.body': 'Choose how each kind of message reaches you (inbox, e-mail, text), follow policies and get eligibility alerts.',
};

/** English of `shell-messages.zh-CN.ts`. */
import type { meetingsShellZhCN } from './shell-messages.zh-CN';

export const meetingsShellEn: Record<keyof typeof meetingsShellZhCN, string> = {
  'route.meetings.list': 'Joint meetings',
  'route.meetings.new': 'Record a joint meeting',
  'route.meetings.meeting': 'Joint meeting',
  'route.meetings.minutes': 'Minutes',
  'nav.meetings': 'Joint meetings',
  'nav.meetings.body': 'Town, area and village joint meetings: agenda, decisions, owners and due dates.',
  'nav.meetings.readBody': 'Joint meetings and the decisions you own.',
};

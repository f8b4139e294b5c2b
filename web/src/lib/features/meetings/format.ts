/** How the meeting pages name a meeting's level and who may record meetings. */
import type { MeetingLevel, Role } from '$lib/graphql/generated/graphql';
import { localName, t } from '$lib/i18n';

export const MEETING_LEVELS = ['TOWN', 'AREA', 'VILLAGE'] as const;
export const MEETING_EDITOR_ROLES: readonly Role[] = ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN'];
export const MEETING_ROLES: readonly Role[] = ['COMMUNITY_WORKER', 'COORDINATOR', 'ADMIN', 'ENTERPRISE_HR', 'BANK_LIAISON'];

/** "片区级 · 三村联动片区", "村居级 · 庆安四村", "镇级". */
export function levelLabel(m: { level: MeetingLevel; areaName: string | null; place: { nameZh: string; nameEn: string } | null }): string {
  const where = m.level === 'AREA' ? m.areaName : m.level === 'VILLAGE' && m.place ? localName(m.place) : null;
  return [t(`meetings.level.${m.level}`), where].filter(Boolean).join(' · ');
}

/** Attendees typed one per line. */
export const attendeeLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

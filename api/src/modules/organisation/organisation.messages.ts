import type { LocalisedText } from '../../core/errors/domain-error.js';

/**
 * What the organisation module says to people, in both languages, in one place: services name a
 * message instead of writing it inline (as account.messages.ts does).
 */
export const ORGANISATION_MESSAGES = {
  nameZh: { zh: '中文名称', en: 'Chinese name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  onlyEnterprisesJoinAlliance: { zh: '只有企业可以是联盟成员。', en: 'Only enterprises can be alliance members.' },
  nameTakenForKind: { zh: '已有同名的同类机构。', en: 'An organisation of this kind already has that name.' },
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;

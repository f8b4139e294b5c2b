import { registerBilingualEnum, type EnumNames } from '../../core/graphql/enums.js';

/**
 * Kinds of message as people choose them. Notification kinds are dotted names owned by each
 * module (`application.approved`); people choose channels for a handful of categories instead,
 * one per area of the platform, found from the kind's first part.
 */
export enum MessageCategory {
  APPLICATIONS = 'applications',
  REMINDERS = 'reminders',
  ELIGIBILITY = 'eligibility',
  APARTMENTS = 'apartments',
  ALLIANCE = 'alliance',
  BANK = 'bank',
  COMMUNITY = 'community',
  ACCOUNT = 'account',
}
export const MESSAGE_CATEGORIES: readonly MessageCategory[] = Object.values(MessageCategory);

export const CATEGORY_NAMES: EnumNames<MessageCategory> = {
  applications: { zh: '申请进展', en: 'Applications' },
  reminders: { zh: '截止提醒', en: 'Deadline reminders' },
  eligibility: { zh: '政策与资格提醒', en: 'Policies and eligibility alerts' },
  apartments: { zh: '人才公寓', en: 'Talent apartments' },
  alliance: { zh: '联盟活动', en: 'Alliance events' },
  bank: { zh: '银行服务', en: 'Bank services' },
  community: { zh: '社区需求与微心愿', en: 'Community needs and micro-wishes' },
  account: { zh: '账号与安全', en: 'Account and security' },
};

registerBilingualEnum(
  MessageCategory,
  'MessageCategory',
  '消息类别，按类别选择渠道；账号与安全类必须送达，不能关闭 / Kind of message; channels are chosen per kind; account and security mail must reach you and cannot be turned off',
  CATEGORY_NAMES,
);

const BY_PREFIX: Record<string, MessageCategory> = {
  application: MessageCategory.APPLICATIONS,
  reminder: MessageCategory.REMINDERS,
  eligibility: MessageCategory.ELIGIBILITY,
  policy: MessageCategory.ELIGIBILITY,
  apartment: MessageCategory.APARTMENTS,
  alliance: MessageCategory.ALLIANCE,
  bank: MessageCategory.BANK,
  community: MessageCategory.COMMUNITY,
  microwish: MessageCategory.COMMUNITY,
  account: MessageCategory.ACCOUNT,
  talent: MessageCategory.ACCOUNT,
};

/** The category a notification kind belongs to; unknown kinds count as account mail (never turned off by accident). */
export function categoryOf(kind: string | null | undefined): MessageCategory {
  return BY_PREFIX[(kind ?? '').split('.')[0] ?? ''] ?? MessageCategory.ACCOUNT;
}

/**
 * Account and security mail (the sign-up link, "someone used your address", resident ID checks)
 * cannot be turned off and carries no unsubscribe link: it is sent because the person just asked
 * for it, or because it warns them about their own account, and turning it off would lock them out
 * or hide an attempt on their account. Everything else can be.
 */
export function isTransactional(category: MessageCategory): boolean {
  return category === MessageCategory.ACCOUNT;
}

export enum Channel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}

export const CHANNEL_NAMES: EnumNames<Channel> = {
  IN_APP: { zh: '站内通知', en: 'In-app inbox' },
  EMAIL: { zh: '电子邮件', en: 'E-mail' },
  SMS: { zh: '短信', en: 'Text message' },
};

registerBilingualEnum(Channel, 'NotificationChannel', '消息渠道 / A way messages reach a person', CHANNEL_NAMES);

/** Without a choice of their own: the inbox and e-mail on, text messages off (they cost money and need a mobile number). */
export function defaultEnabled(channel: Channel): boolean {
  return channel !== Channel.SMS;
}

/** The language of e-mails and text messages; the values are the locales the message catalogues use. */
export enum MessageLanguage {
  ZH_CN = 'zh-CN',
  EN = 'en',
}

export const MESSAGE_LANGUAGE_NAMES: EnumNames<MessageLanguage> = {
  'zh-CN': { zh: '简体中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
};

registerBilingualEnum(MessageLanguage, 'MessageLanguage', '邮件和短信的语言 / Language of e-mails and text messages', MESSAGE_LANGUAGE_NAMES);

import type { LocalisedText } from '../../core/errors/domain-error.js';
import { shanghaiDateTime } from '../../core/time/shanghai.js';

/**
 * What the notification module says to people (settings, reminders, the outbox), in both
 * languages, in one place: services name a message instead of writing it inline (as
 * account.messages.ts does). E-mail and unsubscribe page wording keeps its per-language tables
 * (email.templates.ts, notification.http.ts).
 */
export const NOTIFICATION_MESSAGES = {
  // Channel settings (notification-settings.service.ts).
  accountMessagesAlwaysSent: { zh: '账号与安全类消息（如注册确认、账号提醒）必须送达，不能关闭或改变渠道。', en: 'Account and security messages (such as the sign-up link and account warnings) must reach you, so their channels cannot be changed.' },
  noMobileForSms: { zh: '没有登记手机号码，无法接收短信。请先在个人资料中填写手机号码。', en: 'There is no mobile number on record, so text messages cannot be sent. Add one to your profile first.' },

  // Deadline reminders (reminders.ts): what is due, then the reminder about it.
  applicationStepDue: (reference: string): LocalisedText => ({ zh: `申请 ${reference} 的当前步骤`, en: `the current step of application ${reference}` }),
  apartmentOfferAnswerDue: { zh: '人才公寓配租通知的答复', en: 'your answer to the talent apartment offer' },
  eventRegistrationCloses: (titleZh: string, titleEn: string): LocalisedText => ({ zh: `活动"${titleZh}"的报名`, en: `registration for "${titleEn}"` }),
  reminderTitle: (what: LocalisedText, days: number): LocalisedText => ({
    zh: `提醒：${what.zh}将于 ${days} 天后截止`,
    en: `Reminder: ${what.en} is due in ${days} day${days === 1 ? '' : 's'}`,
  }),
  reminderBody: (what: LocalisedText, due: Date): LocalisedText => ({
    zh: `${what.zh}的截止时间是 ${shanghaiDateTime(due)}（北京时间），请及时处理。`,
    en: `The deadline for ${what.en} is ${shanghaiDateTime(due)} (Beijing time). Please see to it in time.`,
  }),

  // The outbox (outbox.resolver.ts).
  onlyDeadLettersRetried: { zh: '只有死信（放弃发送的消息）可以重发', en: 'Only a dead letter (a message given up) can be sent again' },
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;

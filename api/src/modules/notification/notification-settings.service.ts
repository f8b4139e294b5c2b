import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { FieldErrors, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { maskPhone } from '../../core/privacy/masking.js';
import { CATEGORY_NAMES, Channel, MESSAGE_CATEGORIES, MessageCategory, defaultEnabled, isTransactional } from './message-categories.js';

export interface CategorySetting {
  category: MessageCategory;
  name: LocalisedText;
  transactional: boolean;
  inApp: boolean;
  email: boolean;
  sms: boolean;
}

export interface NotificationSettingsData {
  locale: 'zh-CN' | 'en';
  /** Masked: the settings page only needs to show which number text messages go to. */
  phoneMasked: string | null;
  categories: CategorySetting[];
}

/**
 * Each person's channels per kind of message, and the language of their e-mails and text
 * messages. Account and security mail always goes out on every default channel (see
 * `isTransactional`); a text message needs a mobile number on record.
 */
export class NotificationSettingsService {
  constructor(private readonly em: EntityManager) {}

  async settings(viewer: Viewer): Promise<NotificationSettingsData> {
    const [person] = await this.em.execute<{ locale: 'zh-CN' | 'en'; phone: string | null }[]>(
      `select u.locale, tp.phone from users u left join talent_profiles tp on tp.user_id = u.id where u.id = ?`, [viewer.userId]);
    const rows = await this.em.execute<{ category: string; channel: Channel; enabled: boolean }[]>(
      `select category, channel, enabled from notification_preferences where user_id = ?`, [viewer.userId]);
    const chosen = new Map(rows.map((r) => [`${r.category}:${r.channel}`, r.enabled]));
    const on = (category: MessageCategory, channel: Channel) => isTransactional(category) ? defaultEnabled(channel) : chosen.get(`${category}:${channel}`) ?? defaultEnabled(channel);
    return {
      locale: person?.locale ?? 'zh-CN',
      phoneMasked: person?.phone ? maskPhone(person.phone) : null,
      categories: MESSAGE_CATEGORIES.map((category) => ({
        category,
        name: CATEGORY_NAMES[category],
        transactional: isTransactional(category),
        inApp: on(category, Channel.IN_APP),
        email: on(category, Channel.EMAIL),
        sms: on(category, Channel.SMS),
      })),
    };
  }

  async setChannel(viewer: Viewer, category: MessageCategory, channel: Channel, enabled: boolean): Promise<NotificationSettingsData> {
    const errors = new FieldErrors();
    if (isTransactional(category)) {
      errors.add('input.category', UserErrorCode.INVALID_STATE, '账号与安全类消息（如注册确认、账号提醒）必须送达，不能关闭或改变渠道。', 'Account and security messages (such as the sign-up link and account warnings) must reach you, so their channels cannot be changed.');
    }
    if (channel === Channel.SMS && enabled) {
      const [profile] = await this.em.execute<{ phone: string | null }[]>(`select phone from talent_profiles where user_id = ?`, [viewer.userId]);
      if (!profile?.phone) errors.add('input.channel', UserErrorCode.INVALID_STATE, '没有登记手机号码，无法接收短信。请先在个人资料中填写手机号码。', 'There is no mobile number on record, so text messages cannot be sent. Add one to your profile first.');
    }
    errors.throwIfAny();
    await this.em.execute(
      `insert into notification_preferences (user_id, category, channel, enabled, updated_at) values (?, ?, ?, ?, now())
       on conflict (user_id, category, channel) do update set enabled = excluded.enabled, updated_at = now()`,
      [viewer.userId, category, channel, enabled]);
    return this.settings(viewer);
  }

  async setLanguage(viewer: Viewer, locale: 'zh-CN' | 'en'): Promise<NotificationSettingsData> {
    await this.em.execute(`update users set locale = ? where id = ?`, [locale, viewer.userId]);
    return this.settings(viewer);
  }
}

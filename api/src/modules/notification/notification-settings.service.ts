import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { FieldErrors, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { maskPhone } from '../../core/privacy/masking.js';
import { CATEGORY_NAMES, Channel, MESSAGE_CATEGORIES, MessageCategory, defaultEnabled, isTransactional } from './message-categories.js';
import { NOTIFICATION_MESSAGES as M } from './notification.messages.js';

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
      errors.addText('input.category', UserErrorCode.INVALID_STATE, M.accountMessagesAlwaysSent);
    }
    if (channel === Channel.SMS && enabled) {
      const [profile] = await this.em.execute<{ phone: string | null }[]>(`select phone from talent_profiles where user_id = ?`, [viewer.userId]);
      if (!profile?.phone) errors.addText('input.channel', UserErrorCode.INVALID_STATE, M.noMobileForSms);
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

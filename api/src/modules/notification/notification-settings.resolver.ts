import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { pick } from '../../core/errors/domain-error.js';
import { UserError, withUserErrors } from '../../core/graphql/user-error.js';
import { Channel, MessageCategory, MessageLanguage } from './message-categories.js';
import type { NotificationSettingsData } from './notification-settings.service.js';

@ObjectType({ description: '某类消息的渠道选择 / The channels chosen for one kind of message' })
export class NotificationCategorySetting {
  @Field(() => MessageCategory, { description: '消息类别 / Kind of message' })
  category!: MessageCategory;

  @Field({ description: '类别名称（按请求语言）/ Name of the kind, in the request\'s language' })
  name!: string;

  @Field({ description: '账号与安全类：必须送达，不能更改 / Account and security mail: must reach the person, cannot be changed' })
  transactional!: boolean;

  @Field({ description: '站内通知 / In the in-app inbox' })
  inApp!: boolean;

  @Field({ description: '电子邮件 / By e-mail' })
  email!: boolean;

  @Field({ description: '短信 / By text message' })
  sms!: boolean;
}

@ObjectType({ description: '本人的通知设置 / The viewer\'s notification settings' })
export class NotificationSettings {
  @Field(() => MessageLanguage, { description: '邮件和短信的语言 / Language of e-mails and text messages' })
  language!: MessageLanguage;

  @Field(() => String, { nullable: true, description: '接收短信的手机号码（已脱敏）；为空表示未登记 / The mobile number text messages go to, masked; null when none is on record' })
  phoneMasked!: string | null;

  @Field(() => [NotificationCategorySetting], { description: '各类消息的渠道 / Channels per kind of message' })
  categories!: NotificationCategorySetting[];
}

@ObjectType({ description: '修改通知设置的结果 / Result of changing notification settings' })
export class NotificationSettingsPayload {
  @Field(() => NotificationSettings, { nullable: true, description: '修改后的设置 / The settings after the change' })
  settings!: NotificationSettings | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@InputType({ description: '打开或关闭某类消息的一个渠道 / Turns one channel on or off for one kind of message' })
export class SetNotificationChannelInput {
  @Field(() => MessageCategory, { description: '消息类别 / Kind of message' })
  category!: MessageCategory;

  @Field(() => Channel, { description: '渠道 / Channel' })
  channel!: Channel;

  @Field({ description: '是否接收 / Whether to receive it this way' })
  enabled!: boolean;
}

function shape(data: NotificationSettingsData, ctx: GraphQLContext): NotificationSettings {
  return {
    language: data.locale === 'en' ? MessageLanguage.EN : MessageLanguage.ZH_CN,
    phoneMasked: data.phoneMasked,
    categories: data.categories.map((c) => ({ ...c, name: pick(c.name, ctx.locale) })),
  };
}

@Resolver()
export class NotificationSettingsResolver {
  @Authorized()
  @Query(() => NotificationSettings, { description: '本人的通知设置：各类消息的渠道和邮件语言 / The viewer\'s notification settings: channels per kind of message, and the language of e-mails' })
  async notificationSettings(@Ctx() ctx: GraphQLContext): Promise<NotificationSettings> {
    return shape(await ctx.services.notificationSettings.settings(requireViewer(ctx)), ctx);
  }

  @Authorized()
  @Mutation(() => NotificationSettingsPayload, { description: '打开或关闭某类消息的一个渠道 / Turns one channel on or off for one kind of message' })
  async setNotificationChannel(@Arg('input') input: SetNotificationChannelInput, @Ctx() ctx: GraphQLContext): Promise<NotificationSettingsPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.notificationSettings.setChannel(requireViewer(ctx), input.category, input.channel, input.enabled));
    return { settings: result ? shape(result, ctx) : null, errors };
  }

  @Authorized()
  @Mutation(() => NotificationSettingsPayload, { description: '设置邮件和短信的语言 / Sets the language of e-mails and text messages' })
  async setMessageLanguage(@Arg('language', () => MessageLanguage, { description: '语言 / Language' }) language: MessageLanguage, @Ctx() ctx: GraphQLContext): Promise<NotificationSettingsPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.notificationSettings.setLanguage(requireViewer(ctx), language));
    return { settings: result ? shape(result, ctx) : null, errors };
  }
}

import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { AuthPayload, startSession } from '../account/index.js';
import { RequestPasswordResetInput, RequestPasswordResetPayload, SetPasswordInput } from './password-links.inputs.js';

@Resolver()
export class PasswordLinkResolver {
  @Mutation(() => RequestPasswordResetPayload, { description: '忘记密码：向该邮箱发送设置新密码的链接（1 小时内有效），无论该邮箱是否有账号，回答都相同 / Forgot password: a link to set a new one (valid for an hour) goes to the address; the answer is the same whether or not it has an account' })
  async requestPasswordReset(@Arg('input') input: RequestPasswordResetInput, @Ctx() ctx: GraphQLContext): Promise<RequestPasswordResetPayload> {
    const { errors } = await withUserErrors(ctx.locale, async () => {
      await ctx.services.passwordLinks.requestReset(input.email);
      return true;
    });
    return { accepted: errors.length === 0, errors };
  }

  @Mutation(() => AuthPayload, { description: '用邮件链接设置密码并登录；该账号其他已登录的设备全部退出，其他未用的链接作废 / Sets the password with the emailed link and signs in; every other session of the account ends and its other unused links stop working' })
  async setPassword(@Arg('input') input: SetPasswordInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.passwordLinks.setPassword(input.token, input.password));
    if (result) await startSession(ctx, result);
    return { user: result, errors };
  }
}

import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { AuthPayload, startSession, User } from '../account/index.js';
import { ConfirmSignUpInput, SignUpInput, SignUpPayload } from './sign-up.inputs.js';
import { TalentProfile } from './talent-profile.entity.js';

/** A talent signing up, and the talent profile as a field of the account (owned here, so account does not depend on talent). */
@Resolver(() => User)
export class SignUpResolver {
  @Mutation(() => SignUpPayload, { description: '人才自助注册：向该邮箱发送确认链接，无论该邮箱是否已注册，回答都相同 / A talent signs up: a confirmation link goes to the email, and the answer is the same whether or not the address already has an account' })
  async signUp(@Arg('input') input: SignUpInput, @Ctx() ctx: GraphQLContext): Promise<SignUpPayload> {
    const { errors } = await withUserErrors(ctx.locale, async () => {
      await ctx.services.signUp.signUp(input, new Date(), ctx.locale);
      return true;
    });
    return { accepted: errors.length === 0, errors };
  }

  @Mutation(() => AuthPayload, { description: '打开注册确认链接：建立账号并登录 / Opens the sign-up confirmation link: makes the account and signs in' })
  async confirmSignUp(@Arg('input') input: ConfirmSignUpInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.signUp.confirmSignUp(input.token));
    if (result) await startSession(ctx, result);
    return { user: result, errors };
  }

  @FieldResolver(() => TalentProfile, { nullable: true, description: '人才档案（本人、审核人员、本单位人事可见）/ Talent profile (seen by its owner, reviewers and the employer\'s HR)' })
  talentProfile(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<TalentProfile | null> {
    return ctx.services.talent.profileOfUser(ctx.viewer, user.id);
  }
}

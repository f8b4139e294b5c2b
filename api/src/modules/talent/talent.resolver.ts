import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { UserError, withUserErrors } from '../../core/graphql/user-error.js';
import { maskPhone, maskResidentId } from '../../core/privacy/masking.js';
import { Role } from '../../core/auth/role.js';
import { Organisation } from '../organisation/index.js';
import { EducationLevel } from './education-level.js';
import { TalentProfile } from './talent-profile.entity.js';
import { TalentService } from './talent.service.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

@InputType({ description: '修改本人人才档案；未提供的字段不变 / Changes to one\'s own talent profile; omitted fields stay as they are' })
class UpdateTalentProfileInput {
  @Field(() => String, { nullable: true, description: '姓名 / Legal name' })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: '身份证号码；传空字符串清除 / Resident ID number; an empty string clears it' })
  residentIdNumber?: string | null;

  @Field(() => String, { nullable: true, description: '手机号码；传空字符串清除 / Mobile number; an empty string clears it' })
  phone?: string | null;

  @Field(() => EducationLevel, { nullable: true, description: '最高学历 / Highest education' })
  education?: EducationLevel | null;

  @Field(() => UUIDScalar, { nullable: true, description: '工作单位 / Employer' })
  employerId?: string | null;
}

@ObjectType({ description: '修改人才档案的结果 / Result of changing a talent profile' })
class TalentProfilePayload {
  @Field(() => TalentProfile, { nullable: true, description: '修改后的档案 / The profile after the change' })
  profile!: TalentProfile | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

const TalentProfileConnection = ConnectionType(TalentProfile, 'TalentProfile', { zh: '人才档案', en: 'talent profile' });
type TalentProfileConnection = InstanceType<typeof TalentProfileConnection>;

/** A talent found at the counter, as the reviewer's screen shows them: ID and phone masked. */
@ObjectType({ description: '窗口查找到的人才（身份证号、手机号已掩码）/ A talent found at the counter (ID number and phone masked)' })
class WalkInTalent {
  @Field(() => ID, { description: '人才的用户编号 / The talent\'s user id' })
  userId!: string;

  @Field({ description: '姓名 / Legal name' })
  legalName!: string;

  @Field(() => String, { nullable: true, description: '身份证号码（掩码，如 310***********123X）/ Resident ID number, masked (e.g. 310***********123X)' })
  residentIdMasked!: string | null;

  @Field(() => String, { nullable: true, description: '手机号码（掩码）/ Mobile number, masked' })
  phoneMasked!: string | null;

  @Field(() => Organisation, { nullable: true, description: '档案中的工作单位 / Employer in the profile' })
  employer!: Organisation | null;
}

@Resolver(() => TalentProfile)
export class TalentResolver {
  @Authorized(Role.REVIEWER)
  @Query(() => [WalkInTalent], {
    description: '窗口代办时查找来访人才：完整身份证号、手机号或姓名（完全一致），最多 10 人；号码以掩码显示 / Find a walk-in talent at the counter by full resident ID number, mobile number or exact legal name; at most 10, numbers masked',
  })
  async walkInTalents(@Arg('search', { description: '身份证号、手机号或姓名 / Resident ID number, mobile number or legal name' }) search: string, @Ctx() ctx: GraphQLContext): Promise<WalkInTalent[]> {
    const profiles = await ctx.services.talent.findForCounter(requireViewer(ctx), search);
    return Promise.all(profiles.map(async (p) => ({
      userId: p.user.id,
      legalName: p.legalName,
      residentIdMasked: p.residentIdNumber ? maskResidentId(p.residentIdNumber) : null,
      phoneMasked: p.phone ? maskPhone(p.phone) : null,
      employer: p.employer ? await ctx.loaders.organisationById.load(p.employer.id) : null,
    })));
  }

  @Authorized()
  @Query(() => TalentProfile, { description: '按用户编号取人才档案（本人、审核人员、管理员、本单位人事）/ A talent profile by user id (for its owner, reviewers, admins and the employer\'s HR)' })
  talentProfile(@Arg('userId', () => UUIDScalar, { description: '人才的用户编号 / The talent\'s user id' }) userId: string, @Ctx() ctx: GraphQLContext): Promise<TalentProfile> {
    return ctx.services.talent.profileOfUserOrFail(requireViewer(ctx), userId);
  }

  @Authorized(Role.ENTERPRISE_HR, Role.REVIEWER, Role.ADMIN)
  @Query(() => TalentProfileConnection, { description: '人才档案列表：人事看到本单位人才，审核人员和管理员看到全部 / Talent profiles: HR see their enterprise\'s, reviewers and admins see all' })
  async talentProfiles(@Args() page: PageArgs, @Ctx() ctx: GraphQLContext): Promise<TalentProfileConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.talent.list(requireViewer(ctx), window);
    return toConnection(rows, window, total);
  }

  @FieldResolver(() => ID, { description: '人才的用户编号 / The talent\'s user id' })
  userId(@Root() profile: TalentProfile): string {
    return profile.user.id;
  }

  @Authorized(Role.TALENT)
  @Mutation(() => TalentProfilePayload, { description: '人才修改本人档案 / A talent changes their own profile' })
  async updateMyTalentProfile(@Arg('input') input: UpdateTalentProfileInput, @Ctx() ctx: GraphQLContext): Promise<TalentProfilePayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.talent.updateOwnProfile(requireViewer(ctx), input));
    return { profile: result, errors };
  }

  @FieldResolver(() => String, { nullable: true, description: '身份证号码；仅本人和审核人员可见完整号码，其他人看到掩码（如 310***********123X）/ Resident ID number; in full only for its owner and reviewers, masked for others (e.g. 310***********123X)' })
  residentIdNumber(@Root() profile: TalentProfile, @Ctx() ctx: GraphQLContext): string | null {
    // Its owner sees a number held for a reviewer exactly as they entered it (resident-id-claims.ts).
    if (!profile.residentIdNumber) return ctx.viewer?.userId === profile.user.id ? (profile.claimedResidentIdNumber ?? null) : null;
    return TalentService.seesSensitiveData(ctx.viewer, profile) ? profile.residentIdNumber : maskResidentId(profile.residentIdNumber);
  }

  @FieldResolver(() => String, { nullable: true, description: '手机号码；仅本人和审核人员可见完整号码 / Mobile number; in full only for its owner and reviewers' })
  phone(@Root() profile: TalentProfile, @Ctx() ctx: GraphQLContext): string | null {
    if (!profile.phone) return null;
    return TalentService.seesSensitiveData(ctx.viewer, profile) ? profile.phone : maskPhone(profile.phone);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '工作单位 / Employer' })
  employer(@Root() profile: TalentProfile, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> | null {
    return profile.employer ? ctx.loaders.organisationById.load(profile.employer.id) : null;
  }
}

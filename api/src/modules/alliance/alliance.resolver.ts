import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import { loadRequired } from '../../core/graphql/loader.js';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { AllianceConvenerTerm, AllianceMemberProfile } from './alliance-member.entity.js';
import { AllianceMemberProfileInput, SetConvenerInput } from './alliance.inputs.js';
import { AllianceMemberProfilePayload, ConvenerPayload } from './alliance.payloads.js';
import { shanghaiYear } from '../../core/time/shanghai.js';

@ObjectType({ description: '联盟成员企业 / An alliance member enterprise' })
export class AllianceMember {
  @Field(() => Organisation, { description: '企业 / The enterprise' })
  organisation!: Organisation;
}

@Resolver(() => AllianceMember)
export class AllianceResolver {
  @Query(() => [AllianceMember], { description: '联盟的 12 家成员企业 / The alliance\'s member enterprises (12)' })
  async allianceMembers(@Ctx() ctx: GraphQLContext): Promise<AllianceMember[]> {
    return (await ctx.services.alliance.members()).map((organisation) => ({ organisation }));
  }

  @FieldResolver(() => AllianceMemberProfile, { nullable: true, description: '成员档案 / Member profile' })
  profile(@Root() m: AllianceMember, @Ctx() ctx: GraphQLContext): Promise<AllianceMemberProfile | null> {
    return ctx.loaders.memberProfileByOrganisationId.load(m.organisation.id);
  }

  @FieldResolver(() => Boolean, { description: '是否为本年度轮值召集人 / Whether it convenes this year' })
  async isConvener(@Root() m: AllianceMember, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const term = await ctx.loaders.convenerByYear.load(String(shanghaiYear()));
    return term?.organisation.id === m.organisation.id;
  }

  @Query(() => [User], { description: '联盟协调人 / The alliance coordinators' })
  allianceCoordinators(@Ctx() ctx: GraphQLContext): Promise<User[]> {
    return ctx.services.alliance.coordinators();
  }

  @Query(() => AllianceConvenerTerm, { nullable: true, description: '某年（默认今年）的轮值召集人 / The rotating convener of a year (this year by default)' })
  allianceConvener(@Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true, description: '年份 / Year' }) year?: number | null): Promise<AllianceConvenerTerm | null> {
    return ctx.services.alliance.convenerOf(year ?? shanghaiYear());
  }

  @Query(() => [AllianceConvenerTerm], { description: '历年轮值召集人，最近在前 / Conveners of past and current years, latest first' })
  allianceConvenerHistory(@Ctx() ctx: GraphQLContext): Promise<AllianceConvenerTerm[]> {
    return ctx.services.alliance.convenerHistory();
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN, Role.ENTERPRISE_HR)
  @Mutation(() => AllianceMemberProfilePayload, { description: '保存成员档案（协调人，或该企业人事）/ Saves a member profile (a coordinator, or that enterprise\'s HR)' })
  async saveAllianceMemberProfile(@Arg('input') input: AllianceMemberProfileInput, @Ctx() ctx: GraphQLContext): Promise<AllianceMemberProfilePayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.alliance.saveProfile(requireViewer(ctx), input));
    return { profile: result, errors };
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ConvenerPayload, { description: '设定某年的轮值召集人 / Sets the rotating convener of a year' })
  async setAllianceConvener(@Arg('input') input: SetConvenerInput, @Ctx() ctx: GraphQLContext): Promise<ConvenerPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.alliance.setConvener(requireViewer(ctx), input));
    return { term: result, errors };
  }
}

@Resolver(() => AllianceConvenerTerm)
export class ConvenerTermResolver {
  @FieldResolver(() => Organisation, { description: '召集企业 / The convening enterprise' })
  async organisation(@Root() t: AllianceConvenerTerm, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return await loadRequired(ctx.loaders.organisationById, t.organisation.id, 'organisation');
  }
}

@Resolver(() => AllianceMemberProfile)
export class MemberProfileResolver {
  @FieldResolver(() => String, { description: '按请求语言的领域 / Field in the request\'s language' })
  field(@Root() p: AllianceMemberProfile, @Ctx() ctx: GraphQLContext): string {
    return ctx.locale === 'en' ? p.fieldEn : p.fieldZh;
  }
}

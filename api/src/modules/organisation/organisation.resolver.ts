import { Arg, Args, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UserError, withUserErrors } from '../../core/graphql/user-error.js';
import { Role } from '../../core/auth/role.js';
import type { GraphQLContext } from '../../context.js';
import { requireViewer } from '../../core/auth/viewer.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

const OrganisationConnection = ConnectionType(Organisation, 'Organisation', { zh: '机构', en: 'organisation' });
type OrganisationConnection = InstanceType<typeof OrganisationConnection>;

@InputType({ description: '新增机构 / A new organisation' })
class CreateOrganisationInput {
  @Field(() => OrganisationKind, { description: '机构类型 / Kind of organisation' })
  kind!: OrganisationKind;

  @Field({ description: '中文名称 / Name in Chinese' })
  nameZh!: string;

  @Field({ description: '英文名称 / Name in English' })
  nameEn!: string;

  @Field(() => Boolean, { nullable: true, description: '是否为科创联盟成员（仅企业）/ Alliance member (enterprises only)' })
  allianceMember?: boolean | null;
}

@ObjectType({ description: '新增机构的结果 / Result of adding an organisation' })
class OrganisationPayload {
  @Field(() => Organisation, { nullable: true, description: '新机构 / The new organisation' })
  organisation!: Organisation | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems the user can fix' })
  errors!: UserError[];
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => OrganisationPayload, { description: '管理员新增机构 / An administrator adds an organisation' })
  async createOrganisation(@Arg('input') input: CreateOrganisationInput, @Ctx() ctx: GraphQLContext): Promise<OrganisationPayload> {
    const { result, errors } = await withUserErrors(ctx.locale, () => ctx.services.organisations.create(requireViewer(ctx), input));
    return { organisation: result, errors };
  }

  @Query(() => OrganisationConnection, { description: '机构名录，可按类型和联盟成员筛选 / Directory of organisations, filtered by kind and alliance membership' })
  async organisations(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: '机构类型 / Kind of organisation' }) kind?: OrganisationKind | null,
    @Arg('allianceMember', () => Boolean, { nullable: true, description: '仅联盟成员（或仅非成员）/ Only alliance members (or only non-members)' }) allianceMember?: boolean | null,
  ): Promise<OrganisationConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.organisations.list({ kind, allianceMember }, window);
    return toConnection(rows, window, total);
  }

  @Query(() => Organisation, { nullable: true, description: '按编号取一个机构 / One organisation by id' })
  organisation(@Arg('id', () => UUIDScalar, { description: '机构编号 / Organisation id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    return ctx.loaders.organisationById.load(id);
  }
}

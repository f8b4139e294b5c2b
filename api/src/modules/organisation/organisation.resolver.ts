import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';

const OrganisationConnection = ConnectionType(Organisation, 'Organisation', { zh: '机构', en: 'organisation' });
type OrganisationConnection = InstanceType<typeof OrganisationConnection>;

@Resolver(() => Organisation)
export class OrganisationResolver {
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
  organisation(@Arg('id', () => ID, { description: '机构编号 / Organisation id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    return /^[0-9a-f-]{36}$/i.test(id) ? ctx.loaders.organisationById.load(id) : Promise.resolve(null);
  }
}

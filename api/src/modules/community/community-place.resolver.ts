import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { ConnectionType, PageArgs, pageWindow, toConnection } from '../../core/graphql/pagination.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';

const CommunityPlaceConnection = ConnectionType(Organisation, 'CommunityPlace', { zh: '村居', en: 'village or residential area' });
type CommunityPlaceConnection = InstanceType<typeof CommunityPlaceConnection>;

@Resolver()
export class CommunityPlaceResolver {
  @Query(() => CommunityPlaceConnection, {
    description: '全镇的村和居民区（村居），村在前；无需登录 / The town\'s villages and residential areas, villages first; no sign-in needed',
  })
  async communityPlaces(
    @Args() page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: '只列村（VILLAGE）或只列居民区（RESIDENTIAL_AREA）/ Only villages (VILLAGE) or only residential areas (RESIDENTIAL_AREA)' }) kind?: OrganisationKind | null,
  ): Promise<CommunityPlaceConnection> {
    const window = pageWindow(page);
    const [rows, total] = await ctx.services.communityPlaces.list(kind, window);
    return toConnection(rows, window, total);
  }
}

import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { Organisation } from '../organisation/index.js';
import { SOURCE_YEARLY_PROJECTS } from './yearly.service.js';

@ObjectType({ description: '一个村居的年度数字 / One village or residential area\'s figures for a year' })
export class PlaceYearFigures {
  @Field(() => Organisation, { description: '村或居民区 / The village or residential area' })
  place!: Organisation;

  @Field(() => Int, { description: '当年收到的需求 / Needs received in the year' })
  received!: number;

  @Field(() => Int, { description: '当年首次被认领的需求 / Needs first claimed in the year' })
  claimed!: number;

  @Field(() => Int, { description: '当年确认完成的项目 / Projects confirmed complete in the year' })
  completed!: number;
}

@ObjectType({ description: '一家成员单位的年度数字 / One member organisation\'s figures for a year' })
export class OrganisationYearFigures {
  @Field(() => Organisation, { description: '成员单位 / The member organisation' })
  organisation!: Organisation;

  @Field(() => Int, { description: '当年认领的需求 / Needs it claimed in the year' })
  claimed!: number;

  @Field(() => Int, { description: '当年完成的、有其认领的项目 / Projects it took part in, completed in the year' })
  completed!: number;
}

@ObjectType({ description: '社区需求和结对共建项目的年度视图 / The year\'s community needs and paired projects' })
export class CommunityYear {
  @Field(() => Int, { description: '年份 / Year' })
  year!: number;

  @Field(() => Int, { description: '收到的需求 / Needs received' })
  received!: number;

  @Field(() => Int, { description: '被认领的需求 / Needs claimed' })
  claimed!: number;

  @Field(() => Int, { description: '完成的结对共建项目 / Paired projects completed' })
  completed!: number;

  @Field(() => Int, { description: '其中有与该村居签有结对协议的单位参与的 / Of those, with a partner paired with the place' })
  completedWithPairing!: number;

  @Field(() => Int, { description: `来源文件所载的年度完成数（${SOURCE_YEARLY_PROJECTS} 项），作参照 / The source document's yearly figure (${SOURCE_YEARLY_PROJECTS}), for reference` })
  sourceFigure!: number;

  @Field(() => [PlaceYearFigures], { description: '每个村居，村在前 / Per village or residential area, villages first' })
  places!: PlaceYearFigures[];

  @Field(() => [OrganisationYearFigures], { description: '每家有认领的成员单位，完成多的在前 / Per member organisation with claims, most completed first' })
  organisations!: OrganisationYearFigures[];

  @Field({ description: '下载 Excel 的路径 / Path of the Excel download' })
  xlsxPath!: string;
}

@Resolver()
export class CommunityYearResolver {
  @Query(() => CommunityYear, { description: '年度视图（工作人员）/ The yearly view (staff)' })
  async communityYear(@Arg('year', () => Int, { description: '年份 / Year' }) year: number, @Ctx() ctx: GraphQLContext): Promise<CommunityYear> {
    const figures = await ctx.services.communityYear.figures(ctx.viewer, year);
    return { ...figures, sourceFigure: SOURCE_YEARLY_PROJECTS, xlsxPath: `/community/exports/year-${year}.xlsx` };
  }
}

import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../core/graphql/user-error.js';
import { Organisation } from '../organisation/index.js';
import { ClaimantKind, WishHandover } from './microwish.enums.js';
import { CommunityVolunteer, MicroWish } from './microwish.entity.js';

@ObjectType({ description: '微心愿操作结果 / Result of a micro-wish change' })
export class MicroWishPayload {
  @Field(() => MicroWish, { nullable: true, description: '心愿；有错误时为空 / The wish; null when there are errors' })
  wish!: MicroWish | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' })
  errors!: UserError[];
}

@ObjectType({ description: '志愿者登记结果 / Result of registering as a volunteer' })
export class CommunityVolunteerPayload {
  @Field(() => CommunityVolunteer, { nullable: true, description: '登记；有错误时为空 / The registration; null when there are errors' })
  volunteer!: CommunityVolunteer | null;

  @Field(() => [UserError], { description: '可更正的错误 / Problems to fix' })
  errors!: UserError[];
}

@ObjectType({ description: '心愿居民（仅本村居社区工作者可见）/ The resident (only the place\'s community workers see this)' })
export class MicroWishRecipientView {
  @Field({ description: '姓名 / Name' }) name!: string;
  @Field(() => String, { nullable: true, description: '电话 / Phone' }) phone!: string | null;
  @Field({ description: '住址 / Address' }) address!: string;
  @Field(() => String, { nullable: true, description: '备注 / Note' }) note!: string | null;
}

@ObjectType({ description: '认领人送达所需的信息（认领有效且未圆梦时）/ What the claimant needs to deliver (while the claim stands and the wish is not yet fulfilled)' })
export class MicroWishDeliveryView {
  @Field(() => WishHandover, { description: '交付方式 / How to hand it over' }) handover!: WishHandover;
  @Field(() => Organisation, { description: '送达或联系的村（居）委会 / The committee to bring it to or to contact' }) place!: Organisation;
  @Field({ description: '负责的社区工作者 / The community worker to contact' }) workerName!: string;
  @Field(() => String, { nullable: true, description: '上门地址（仅上门送达）/ The address (home visits only)' }) address!: string | null;
  @Field(() => String, { nullable: true, description: '居民称呼，仅姓氏，如 王**（仅上门送达）/ The resident by surname only, e.g. 王** (home visits only)' }) recipientSurname!: string | null;
}

@ObjectType({ description: '认领人（公开）：单位写名称，个人只写党员或志愿者 / Who claimed (public): an organisation by name, a person only as Party member or volunteer' })
export class MicroWishClaimantView {
  @Field(() => ClaimantKind, { description: '认领人类别 / Kind of claimant' }) kind!: ClaimantKind;
  @Field(() => Organisation, { nullable: true, description: '认领单位（单位认领时）/ The organisation, when one claimed' }) organisation!: Organisation | null;
  @Field({ description: '认领时间 / When it was claimed' }) claimedAt!: Date;
}

@ObjectType({ description: '认领详情（本村居社区工作者和镇工作人员）/ The claim in full (the place\'s workers and town staff)' })
export class MicroWishClaimDetailsView {
  @Field(() => ClaimantKind, { description: '认领人类别 / Kind of claimant' }) kind!: ClaimantKind;
  @Field(() => Organisation, { nullable: true, description: '认领单位 / The organisation' }) organisation!: Organisation | null;
  @Field({ description: '认领人（单位经办人或个人）/ The person who claimed (the organisation\'s staff member, or the individual)' }) personName!: string;
  @Field(() => String, { nullable: true, description: '个人认领人的手机（仅本村居社区工作者）/ An individual claimant\'s mobile (the place\'s workers only)' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: '认领人留言 / The claimant\'s note' }) note!: string | null;
  @Field({ description: '认领时间 / When it was claimed' }) claimedAt!: Date;
}

@ObjectType({ description: '某年的微心愿数 / Micro-wishes in one year' })
export class MicroWishYearCount {
  @Field(() => Int, { description: '年份 / Year' }) year!: number;
  @Field(() => Int, { description: '当年发布 / Posted that year' }) posted!: number;
  @Field(() => Int, { description: '当年圆梦 / Fulfilled that year' }) fulfilled!: number;
}

@ObjectType({ description: '某认领单位的微心愿数 / Micro-wishes of one claiming organisation' })
export class MicroWishOrganisationCount {
  @Field(() => Organisation, { description: '认领单位 / The organisation' }) organisation!: Organisation;
  @Field(() => Int, { description: '已圆梦 / Fulfilled' }) fulfilled!: number;
  @Field(() => Int, { description: '目前已认领待送达（不分年份）/ Claimed now, not yet delivered (whatever the year)' }) claimed!: number;
}

@ObjectType({ description: '按认领人类别的圆梦数 / Fulfilled wishes by kind of claimant' })
export class MicroWishKindCount {
  @Field(() => ClaimantKind, { description: '认领人类别 / Kind of claimant' }) kind!: ClaimantKind;
  @Field(() => Int, { description: '已圆梦 / Fulfilled' }) fulfilled!: number;
}

@ObjectType({ description: '微心愿累计（由心愿记录实时计算）/ Running counts of micro-wishes (computed from the wishes themselves)' })
export class MicroWishCountsView {
  @Field(() => Int, { nullable: true, description: '统计年份；为空表示全部年份 / The year counted; null for all years' }) year!: number | null;
  @Field(() => Int, { description: '待认领 / Open' }) open!: number;
  @Field(() => Int, { description: '已认领待送达 / Claimed, not yet delivered' }) claimed!: number;
  @Field(() => Int, { description: '已圆梦（该年或全部）/ Fulfilled (in the year, or in all)' }) fulfilled!: number;
  @Field(() => [MicroWishYearCount], { description: '逐年发布与圆梦数，最近的在前 / Posted and fulfilled per year, latest first' }) byYear!: MicroWishYearCount[];
  @Field(() => [MicroWishOrganisationCount], { description: '各认领单位：有该年圆梦的单位（不填年份时也含目前有认领的），多的在前 / Per claiming organisation: those with wishes fulfilled in the year (without a year, also those with claims now), most first' }) byOrganisation!: MicroWishOrganisationCount[];
  @Field(() => [MicroWishKindCount], { description: '按认领人类别的圆梦数 / Fulfilled per kind of claimant' }) byClaimantKind!: MicroWishKindCount[];
}

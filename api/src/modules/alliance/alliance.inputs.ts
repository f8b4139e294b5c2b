import { Field, InputType, Int } from 'type-graphql';
import { AllianceEventKind, EnterpriseSize } from './alliance.enums.js';
import { UUIDScalar } from '../../core/graphql/scalars.js';

@InputType({ description: '一家企业的预留座位 / Seats reserved for one enterprise' })
export class SeatQuotaInput {
  @Field(() => UUIDScalar, { description: '联盟成员企业 / Alliance member enterprise' })
  organisationId!: string;

  @Field(() => Int, { description: '预留座位数（≥1）/ Seats reserved (at least 1)' })
  seats!: number;
}

@InputType({ description: '活动内容；新建和修改都提交完整内容 / An event\'s content; creating and editing both send all of it' })
export class AllianceEventInput {
  @Field({ description: '标题（中文）/ Title in Chinese' })
  titleZh!: string;

  @Field(() => String, { nullable: true, description: '标题（英文），选填：仅中文举办的活动可不填，英文读者看到中文标题 / Title in English, optional: an event held only in Chinese may leave it out, and English readers see the Chinese title' })
  titleEn?: string | null;

  @Field({ description: '介绍（中文）/ Description in Chinese' })
  descriptionZh!: string;

  @Field(() => String, { nullable: true, description: '介绍（英文），选填 / Description in English, optional' })
  descriptionEn?: string | null;

  @Field(() => AllianceEventKind, { description: '活动类型 / Kind' })
  kind!: AllianceEventKind;

  @Field(() => UUIDScalar, { nullable: true, description: '承办企业或机构 / Host enterprise or organisation' })
  hostOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: '地点（中文）/ Venue in Chinese' })
  venueZh?: string | null;

  @Field(() => String, { nullable: true, description: '地点（英文）/ Venue in English' })
  venueEn?: string | null;

  @Field({ description: '开始时间，ISO 8601，如 2026-12-05T14:00:00+08:00 / Start, ISO 8601, e.g. 2026-12-05T14:00:00+08:00' })
  startsAt!: Date;

  @Field({ description: '结束时间 / End' })
  endsAt!: Date;

  @Field(() => Int, { description: '座位总数 / Seats in all' })
  capacity!: number;

  @Field({ description: '报名开始时间 / When registration opens' })
  registrationOpensAt!: Date;

  @Field({ description: '报名截止时间（不晚于开始时间）/ When registration closes (no later than the start)' })
  registrationClosesAt!: Date;

  @Field(() => Int, { nullable: true, description: '开始前多少小时释放未用的预留座位（默认 48）/ Hours before the start when unused reserved seats are released (default 48)' })
  reservedSeatsReleaseHours?: number | null;

  @Field(() => [SeatQuotaInput], { nullable: true, description: '各企业预留座位 / Seats reserved per enterprise' })
  quotas?: SeatQuotaInput[] | null;

  @Field(() => UUIDScalar, { nullable: true, description: '所属干部培养交流批次（作为其一次课程）/ Cadre exchange cohort this is a session of' })
  cohortId?: string | null;
}

@InputType({ description: '联盟成员企业档案 / An alliance member\'s profile' })
export class AllianceMemberProfileInput {
  @Field(() => UUIDScalar, { description: '成员企业 / Member enterprise' })
  organisationId!: string;

  @Field({ description: '所属领域（中文）/ Field in Chinese' })
  fieldZh!: string;

  @Field({ description: '所属领域（英文）/ Field in English' })
  fieldEn!: string;

  @Field(() => EnterpriseSize, { description: '规模 / Size' })
  size!: EnterpriseSize;

  @Field({ description: '联系人 / Contact person' })
  contactName!: string;

  @Field(() => String, { nullable: true, description: '联系邮箱 / Contact email' })
  contactEmail?: string | null;

  @Field({ description: '加入日期（YYYY-MM-DD）/ Date joined (YYYY-MM-DD)' })
  joinedOn!: string;
}

@InputType({ description: '设定某年的轮值召集人 / Sets a year\'s rotating convener' })
export class SetConvenerInput {
  @Field(() => Int, { description: '年份 / Year' })
  year!: number;

  @Field(() => UUIDScalar, { description: '成员企业 / Member enterprise' })
  organisationId!: string;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  note?: string | null;
}

@InputType({ description: '新建干部培养交流批次 / A new cadre exchange cohort' })
export class CadreCohortInput {
  @Field(() => Int, { description: '年度 / Year' })
  year!: number;

  @Field({ description: '主题（中文）/ Theme in Chinese' })
  themeZh!: string;

  @Field({ description: '主题（英文）/ Theme in English' })
  themeEn!: string;

  @Field(() => Int, { description: '名额 / Places' })
  places!: number;

  @Field({ description: '开始日期（YYYY-MM-DD）/ First day' })
  startsOn!: string;

  @Field({ description: '结束日期（YYYY-MM-DD）/ Last day' })
  endsOn!: string;
}

@InputType({ description: '人事推荐本企业员工参加干部培养交流 / HR nominate one of their staff for a cohort' })
export class NominateCadreInput {
  @Field(() => UUIDScalar, { description: '批次 / Cohort' })
  cohortId!: string;

  @Field(() => UUIDScalar, { description: '被推荐人的用户编号 / User id of the person nominated' })
  personId!: string;

  @Field(() => String, { nullable: true, description: '推荐理由 / Why' })
  reason?: string | null;
}

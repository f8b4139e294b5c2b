import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { CadreNominationStatus } from './alliance.enums.js';

/** 党委干部培养交流计划: one year's cohort of the exchange with Shanghai University. */
@ObjectType({ description: '干部培养交流批次（与上海大学材料科学与工程学院）/ A cadre training exchange cohort with Shanghai University\'s School of Materials Science and Engineering' })
@Entity({ tableName: 'alliance_cadre_cohorts' })
@Check({ name: 'alliance_cadre_cohorts_places_check', expression: '(places > 0)' })
@Check({ name: 'alliance_cadre_cohorts_dates_check', expression: '(ends_on >= starts_on)' })
export class CadreCohort {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: '批次编号 / Cohort id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: '年度 / Year' })
  @Property()
  year!: number;

  @Field({ description: '主题（中文）/ Theme in Chinese' })
  @Property()
  themeZh!: string;

  @Field({ description: '主题（英文）/ Theme in English' })
  @Property()
  themeEn!: string;

  @Field(() => Int, { description: '名额 / Places' })
  @Property()
  places!: number;

  @Field({ description: '开始日期（YYYY-MM-DD）/ First day (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: '结束日期（YYYY-MM-DD）/ Last day (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  endsOn!: string;

  /** The university side of the exchange. */
  @ManyToOne(() => Organisation, { ref: true })
  partner!: Ref<Organisation>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** An enterprise's HR puts one of their staff forward for a cohort; the coordinator decides. */
@ObjectType({ description: '干部培养交流推荐 / A nomination for a cadre exchange cohort' })
@Entity({ tableName: 'alliance_cadre_nominations' })
@Unique({ properties: ['cohort', 'person'] })
export class CadreNomination {
  [OptionalProps]?: 'createdAt' | 'status' | 'decidedAt' | 'completedAt' | 'reason';

  @Field(() => ID, { description: '推荐编号 / Nomination id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CadreCohort, { ref: true, deleteRule: 'cascade' })
  cohort!: Ref<CadreCohort>;

  @ManyToOne(() => User, { ref: true, index: true })
  person!: Ref<User>;

  /** The enterprise that nominated, kept even if the person later changes employer. */
  @ManyToOne(() => Organisation, { ref: true, index: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true })
  nominatedBy!: Ref<User>;

  @Field(() => String, { nullable: true, description: '推荐理由 / Why the enterprise nominates this person' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => CadreNominationStatus, { description: '状态 / Status' })
  @Enum({ items: () => CadreNominationStatus, nativeEnumName: 'cadre_nomination_status', default: CadreNominationStatus.NOMINATED })
  status: CadreNominationStatus = CadreNominationStatus.NOMINATED;

  @Field(() => Date, { nullable: true, description: '遴选时间 / When the coordinator decided' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '结业时间；未结业为空 / When the programme was completed; null until then' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Field({ description: '推荐时间 / When the nomination was made' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

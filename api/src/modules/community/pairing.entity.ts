import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { CommitmentKind, CommitmentOutcome, ReviewRating } from './community.enums.js';

/**
 * 结对协议: a village or residential area and a member organisation agree to work together for
 * a period. No two agreements of the same pair may overlap in time (trigger
 * `community_pairing_overlap_guard`, behind the service's lock on the place).
 */
@ObjectType({ description: '结对协议：村居与区域化党建成员单位的结对 / A pairing agreement between a village or residential area and a member organisation' })
@Entity({ tableName: 'community_pairing_agreements' })
@Check({ name: 'community_pairing_agreements_period_check', expression: '(ends_on >= starts_on)' })
@Index({ properties: ['partner', 'startsOn'] })
@Index({ properties: ['place', 'startsOn'] })
export class PairingAgreement {
  [OptionalProps]?: 'createdAt' | 'note';

  @Field(() => ID, { description: '协议编号 / Agreement id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The village or residential area. */
  @ManyToOne(() => Organisation, { ref: true })
  place!: Ref<Organisation>;

  /** The member organisation (an enterprise, bank branch or university). */
  @ManyToOne(() => Organisation, { ref: true })
  partner!: Ref<Organisation>;

  @Field({ description: '起始日期（YYYY-MM-DD）/ First day (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: '截止日期（YYYY-MM-DD，含当日）/ Last day (YYYY-MM-DD, inclusive)' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Field({ description: '登记时间 / When it was recorded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One commitment of an agreement, of one of the 四项清单 kinds. */
@ObjectType({ description: '结对协议中的一项承诺 / One commitment of a pairing agreement' })
@Entity({ tableName: 'community_pairing_commitments' })
@Unique({ properties: ['agreement', 'position'] })
export class PairingCommitment {
  @Field(() => ID, { description: '承诺编号 / Commitment id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => PairingAgreement, { ref: true, deleteRule: 'cascade' })
  agreement!: Ref<PairingAgreement>;

  @Property()
  position!: number;

  @Field(() => CommitmentKind, { description: '类别（四项清单）/ Kind (one of the four lists)' })
  @Enum({ items: () => CommitmentKind, nativeEnumName: 'community_commitment_kind' })
  kind!: CommitmentKind;

  @Field({ description: '承诺内容 / What is committed' })
  @Property({ type: 'text' })
  description!: string;
}

/** The yearly review of an agreement: one per agreement and year. */
@ObjectType({ description: '结对协议的年度评议 / The yearly review of a pairing agreement' })
@Entity({ tableName: 'community_pairing_reviews' })
@Unique({ properties: ['agreement', 'year'] })
@Check({ name: 'community_pairing_reviews_year_check', expression: '((year >= 2000) AND (year <= 2100))' }) // as PostgreSQL stores it, so schema diffs stay quiet
export class PairingReview {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: '评议编号 / Review id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => PairingAgreement, { ref: true, deleteRule: 'cascade' })
  agreement!: Ref<PairingAgreement>;

  @Field(() => Int, { description: '评议年度 / Year reviewed' })
  @Property()
  year!: number;

  @Field(() => ReviewRating, { description: '总体评价 / Overall rating' })
  @Enum({ items: () => ReviewRating, nativeEnumName: 'community_review_rating' })
  rating!: ReviewRating;

  @Field({ description: '评议意见 / What the review found' })
  @Property({ type: 'text' })
  summary!: string;

  @ManyToOne(() => User, { ref: true })
  reviewedBy!: Ref<User>;

  @Field({ description: '评议时间 / When it was recorded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** How one commitment fared in a review. */
@ObjectType({ description: '评议中一项承诺的完成情况 / How one commitment fared in a review' })
@Entity({ tableName: 'community_pairing_review_items' })
@Unique({ properties: ['review', 'commitment'] })
export class PairingReviewItem {
  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => PairingReview, { ref: true, deleteRule: 'cascade' })
  review!: Ref<PairingReview>;

  @ManyToOne(() => PairingCommitment, { ref: true, deleteRule: 'cascade' })
  commitment!: Ref<PairingCommitment>;

  @Field(() => CommitmentOutcome, { description: '完成情况 / Outcome' })
  @Enum({ items: () => CommitmentOutcome, nativeEnumName: 'community_commitment_outcome' })
  outcome!: CommitmentOutcome;
}

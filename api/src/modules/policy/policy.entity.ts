import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../core/graphql/scalars.js';
import { User } from '../account/index.js';
import { EligibilityKind, PolicyAudience, PolicyCategory, PolicyLevel } from './policy.enums.js';

/** One source of a policy text, with the confidence tag of POLICY.md. */
@ObjectType({ description: '政策信息来源 / A source of a policy\'s text' })
export class PolicySource {
  @Field({ description: '来源名称 / What the source is' })
  title!: string;

  @Field(() => String, { nullable: true, description: '网址（域名和路径）；无网址时为空 / Web address (domain and path); null when there is none' })
  url!: string | null;

  @Field({
    description:
      '可信度：V-official 政府网站核实；V 两个以上第三方来源一致；V-1 单一来源；INF 产品推断；CONFLICT 来源冲突已取舍 / Confidence: V-official verified on a government site; V two or more third-party sources agree; V-1 a single source; INF a product inference; CONFLICT sources disagree, resolution explained',
  })
  confidence!: string;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  note!: string | null;
}

/**
 * A talent policy. What it says lives in its versions: a change makes a new version with its own
 * effective date, and old versions stay readable.
 */
@ObjectType({ description: '人才政策（内容见各版本）/ A talent policy (its text is in its versions)' })
@Entity({ tableName: 'policies' })
export class Policy {
  [OptionalProps]?: 'createdAt' | 'hasPointsCalculator' | 'sortOrder';

  @Field(() => ID, { description: '政策编号 / Policy id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '稳定的英文代码，用于网址，如 talent-apartment / Stable code used in addresses, e.g. talent-apartment' })
  @Property({ unique: true })
  code!: string;

  @Field(() => PolicyCategory, { description: '类别 / Category' })
  @Enum({ items: () => PolicyCategory, nativeEnumName: 'policy_category' })
  @Index()
  category!: PolicyCategory;

  @Field(() => [PolicyAudience], { description: '面向人群 / Who it is for' })
  @Enum({ items: () => PolicyAudience, array: true })
  audiences!: PolicyAudience[];

  @Field(() => PolicyLevel, { description: '发文层级 / Issuing level' })
  @Enum({ items: () => PolicyLevel, nativeEnumName: 'policy_level' })
  level!: PolicyLevel;

  @Field(() => EligibilityKind, { description: '资格检查方式 / How eligibility is checked' })
  @Enum({ items: () => EligibilityKind, nativeEnumName: 'policy_eligibility_kind' })
  eligibilityKind!: EligibilityKind;

  @Field({ description: '是否配有居住证积分计算器 / Whether the residence-points calculator belongs to it' })
  @Property({ default: false })
  hasPointsCalculator: boolean = false;

  /** Order of the unfiltered list. */
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

@ObjectType({ description: '政策的一个版本：内容、依据文件、生效日期、来源 / One version of a policy: its text, legal document, effective dates and sources' })
@Entity({ tableName: 'policy_versions' })
@Unique({ properties: ['policy', 'version'] })
@Index({ properties: ['policy', 'effectiveFrom'] })
export class PolicyVersion {
  [OptionalProps]?: 'createdAt' | 'createdBy';

  @Field(() => ID, { description: '版本编号 / Version id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Policy, { ref: true, deleteRule: 'cascade' })
  policy!: Ref<Policy>;

  @Field(() => Int, { description: '版本序号，从 1 开始 / Version number, from 1' })
  @Property()
  version!: number;

  @Field(() => LocalDateScalar, { description: '本版本自此日起施行 / This version applies from this date' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '依据文件自身的施行日期（不是本目录收录或本版本生效的日期）；为空表示未核实 / The legal document\'s own effective date (not when the catalogue listed it or this version applies); null when not verified',
  })
  @Property({ type: 'date', nullable: true })
  documentEffectiveOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '依据文件的有效期至；为空表示未规定或待核实 / The document is valid until this date; null when not set or not yet verified' })
  @Property({ type: 'date', nullable: true })
  effectiveTo?: string | null;

  @Field({ description: '标题 / Title (Chinese)' })
  @Property({ type: 'text' })
  titleZh!: string;

  @Field({ description: '英文标题 / Title (English)' })
  @Property({ type: 'text' })
  titleEn!: string;

  @Field({ description: '摘要 / Summary (Chinese)' })
  @Property({ type: 'text' })
  summaryZh!: string;

  @Field({ description: '英文摘要 / Summary (English)' })
  @Property({ type: 'text' })
  summaryEn!: string;

  @Field({ description: '政策待遇 / What it gives (Chinese)' })
  @Property({ type: 'text' })
  benefitsZh!: string;

  @Field({ description: '政策待遇（英文）/ What it gives (English)' })
  @Property({ type: 'text' })
  benefitsEn!: string;

  @Field({ description: '申请条件 / Who qualifies (Chinese)' })
  @Property({ type: 'text' })
  eligibilityZh!: string;

  @Field({ description: '申请条件（英文）/ Who qualifies (English)' })
  @Property({ type: 'text' })
  eligibilityEn!: string;

  @Field({ description: '所需材料 / Documents needed (Chinese)' })
  @Property({ type: 'text' })
  documentsZh!: string;

  @Field({ description: '所需材料（英文）/ Documents needed (English)' })
  @Property({ type: 'text' })
  documentsEn!: string;

  @Field({ description: '办理流程 / Process (Chinese)' })
  @Property({ type: 'text' })
  processZh!: string;

  @Field({ description: '办理流程（英文）/ Process (English)' })
  @Property({ type: 'text' })
  processEn!: string;

  @Field({ description: '办理时限 / Processing time (Chinese)' })
  @Property({ type: 'text' })
  processingTimeZh!: string;

  @Field({ description: '办理时限（英文）/ Processing time (English)' })
  @Property({ type: 'text' })
  processingTimeEn!: string;

  @Field({ description: '发文或主管单位 / Issuing body (Chinese)' })
  @Property({ type: 'text' })
  issuingBodyZh!: string;

  @Field({ description: '发文或主管单位（英文）/ Issuing body (English)' })
  @Property({ type: 'text' })
  issuingBodyEn!: string;

  @Field({ description: '依据文件名称 / Title of the legal document' })
  @Property({ type: 'text' })
  documentTitle!: string;

  @Field(() => String, { nullable: true, description: '文号，如 沪府规〔2022〕21号；为空表示无文号或待核实 / Document number, e.g. 沪府规〔2022〕21号; null when there is none or it is not yet verified' })
  @Property({ type: 'text', nullable: true })
  documentNumber?: string | null;

  @Field({ description: '关于日期和核实情况的说明 / Note on the dates and on verification (Chinese)' })
  @Property({ type: 'text' })
  verificationNoteZh!: string;

  @Field({ description: '关于日期和核实情况的说明（英文）/ Note on the dates and on verification (English)' })
  @Property({ type: 'text' })
  verificationNoteEn!: string;

  @Field(() => [PolicySource], { description: '信息来源 / Sources' })
  @Property({ type: 'jsonb' })
  sources!: PolicySource[];

  @Field(() => LocalDateScalar, { description: '内容最近一次核对的日期 / When the text was last checked against its sources' })
  @Property({ type: 'date' })
  lastVerifiedOn!: string;

  /** Extra search words (synonyms, English words, abbreviations), not shown. */
  @Property({ type: 'text', default: '' })
  keywords: string = '';

  @Field({ description: '本版本的修改说明 / What changed in this version (Chinese)' })
  @Property({ type: 'text' })
  changeNoteZh!: string;

  @Field({ description: '本版本的修改说明（英文）/ What changed in this version (English)' })
  @Property({ type: 'text' })
  changeNoteEn!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field({ description: '创建时间 / When this version was recorded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

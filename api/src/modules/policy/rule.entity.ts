import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../core/graphql/scalars.js';
import { User } from '../account/index.js';
import { Policy } from './policy.entity.js';
import { RuleKind } from './policy.enums.js';

/**
 * A named body of rule data (a point table, a policy's criteria, the yearly parameters). Its
 * values live in versions; a change is a new version with its own effective date.
 */
@ObjectType({ description: '一组规则数据（分值表、某政策的条件、年度参数），其取值见各版本 / A body of rule data (point tables, a policy\'s criteria, yearly parameters); its values are in its versions' })
@Entity({ tableName: 'rule_sets' })
export class RuleSet {
  [OptionalProps]?: 'createdAt' | 'policy';

  @Field(() => ID, { description: '规则集编号 / Rule set id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '稳定代码，如 residence-points、yearly-parameters / Stable code, e.g. residence-points, yearly-parameters' })
  @Property({ unique: true })
  code!: string;

  @Field(() => RuleKind, { description: '规则种类，决定数据结构 / Kind, which fixes the shape of the data' })
  @Enum({ items: () => RuleKind, nativeEnumName: 'rule_kind' })
  kind!: RuleKind;

  @ManyToOne(() => Policy, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  policy?: Ref<Policy> | null;

  @Field({ description: '名称 / Name (Chinese)' })
  @Property({ type: 'text' })
  nameZh!: string;

  @Field({ description: '英文名称 / Name (English)' })
  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * One version of a rule set's data. Never changed once stored: results name the version they
 * used, and a later version applies only from its own effective date.
 */
@ObjectType({ description: '规则数据的一个版本；保存后不再修改 / One version of a rule set\'s data; never changed once stored' })
@Entity({ tableName: 'rule_versions' })
@Unique({ properties: ['ruleSet', 'version'] })
@Index({ properties: ['ruleSet', 'effectiveFrom'] })
export class RuleVersion {
  [OptionalProps]?: 'createdAt' | 'createdBy';

  @Field(() => ID, { description: '规则版本编号 / Rule version id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => RuleSet, { ref: true, deleteRule: 'cascade' })
  ruleSet!: Ref<RuleSet>;

  @Field(() => Int, { description: '版本序号，从 1 开始 / Version number, from 1' })
  @Property()
  version!: number;

  @Field(() => LocalDateScalar, { description: '自此日起施行（上海时间）；此前的日期仍按旧版本计算 / Applies from this date (Shanghai time); earlier dates still use the previous version' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'jsonb' })
  data!: unknown;

  @Field({ description: '法律依据（文件名称和文号）/ Legal basis (document title and number)' })
  @Property({ type: 'text' })
  legalBasis!: string;

  @Field({ description: '修改说明 / What changed (Chinese)' })
  @Property({ type: 'text' })
  noteZh!: string;

  @Field({ description: '修改说明（英文）/ What changed (English)' })
  @Property({ type: 'text' })
  noteEn!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field({ description: '记录时间 / When it was recorded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * A rule version as a calculation reads it: plain values, not an entity the request's entity
 * manager tracks. The points estimate is public and frequent; turning its two versions into
 * managed entities (hydration, and a snapshot that copies the whole jsonb data for change
 * tracking) was most of its CPU (issue 13). An entity version is one of these too, so the
 * GraphQL type and its field resolvers take either.
 */
export interface RuleVersionView {
  id: string;
  ruleSet: { id: string };
  version: number;
  effectiveFrom: string;
  data: unknown;
  legalBasis: string;
  noteZh: string;
  noteEn: string;
  createdBy?: { id: string } | null;
  createdAt: Date;
}

/** The columns of a rule_versions row, as PostgreSQL returns them. */
export interface RuleVersionRow {
  id: string;
  rule_set_id: string;
  version: number;
  effective_from: string;
  data: unknown;
  legal_basis: string;
  note_zh: string;
  note_en: string;
  created_by_id: string | null;
  created_at: Date | string;
}

export function ruleVersionView(row: RuleVersionRow): RuleVersionView {
  return {
    id: row.id,
    ruleSet: { id: row.rule_set_id },
    version: row.version,
    effectiveFrom: row.effective_from,
    data: row.data,
    legalBasis: row.legal_basis,
    noteZh: row.note_zh,
    noteEn: row.note_en,
    createdBy: row.created_by_id === null ? null : { id: row.created_by_id },
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
  };
}

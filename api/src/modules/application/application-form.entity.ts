import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { registerBilingualEnum, type EnumNames } from '../../core/graphql/enums.js';
import { User } from '../account/index.js';
import { Policy } from '../policy/index.js';
import { DocumentKind } from '../document/index.js';
import { FormQuestion, type StoredQuestion } from './form-question.js';

export enum BenefitKind {
  MONEY = 'MONEY',
  FLAT = 'FLAT',
  NOMINATION = 'NOMINATION',
  /** The town's pre-check (预审) of a procedure the city decides (settlement, residence points). */
  PRE_CHECK = 'PRE_CHECK',
}

export const BENEFIT_KIND_NAMES: EnumNames<BenefitKind> = {
  MONEY: { zh: '资金（发放）', en: 'Money, paid out' },
  FLAT: { zh: '人才公寓（配房）', en: 'A talent flat, allocated' },
  NOMINATION: { zh: '名额（如干部交流计划）', en: 'A place, e.g. in the cadre exchange' },
  PRE_CHECK: { zh: '镇预审：材料核对与指引，由市级部门决定（如落户、居住证积分）', en: 'The town\'s pre-check: documents checked and guidance; the city decides (e.g. settlement, residence points)' },
};

registerBilingualEnum(BenefitKind, 'BenefitKind', '批准后得到什么 / What an approved application gives', BENEFIT_KIND_NAMES);

@ObjectType({ description: '材料清单中的一项 / One item of a policy\'s document checklist' })
@InputType('ChecklistItemInput', { description: '材料清单中的一项 / One item of a policy\'s document checklist' })
export class ChecklistItem {
  @Field(() => DocumentKind, { description: '材料类型 / Kind of document' })
  kind!: DocumentKind;

  @Field({ description: '是否必需 / Whether it is required to submit' })
  required!: boolean;
}

/**
 * What applying for a policy takes: the benefit it gives, its questions, its document checklist
 * and how long the town has to process it. One row per policy holding the version in force; every
 * version (this one included) is kept in `application_form_versions`, and an application is
 * checked against the version it was filed under. The cap on the amount is rule data (the
 * policy's criteria rule set, `applicationCap`: versioned, scheduled, audited); it is read into
 * this type's `amountCapYuan`.
 */
@ObjectType({ description: '申请须知：材料清单、办理时限、金额上限 / How to apply: checklist, processing time, amount cap' })
@Entity({ tableName: 'application_forms' })
export class ApplicationForm {
  [OptionalProps]?: 'updatedAt' | 'employerNominates' | 'version' | 'questions';

  @Field(() => ID, { description: '申请须知编号（审计记录按此查找）/ Form id (its audit entries are filed under it)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: '申请表版本，从 1 开始；修改即为新版本，已有申请仍按其版本 / Form version, from 1; a change is a new version and existing applications keep theirs' })
  @Property({ default: 1 })
  version: number = 1;

  @Field(() => [FormQuestion], { description: '申请表的问题，按顺序 / The form\'s questions, in order' })
  @Property({ type: 'jsonb', default: '[]' })
  questions: StoredQuestion[] = [];

  @OneToOne(() => Policy, { ref: true, owner: true, unique: true })
  policy!: Ref<Policy>;

  @Field(() => BenefitKind, { description: '批准后得到什么 / What an approved application gives' })
  @Enum({ items: () => BenefitKind, nativeEnumName: 'benefit_kind' })
  benefit!: BenefitKind;

  @Field(() => [ChecklistItem], { description: '材料清单 / Document checklist' })
  @Property({ type: 'jsonb' })
  checklist!: ChecklistItem[];

  @Field(() => Int, { description: '办理时限（自然日），超过即显示逾期 / Processing time in calendar days; past it a waiting step shows as overdue' })
  @Property()
  processingDays!: number;

  @Field({ description: '单位可推荐员工申请（如骨干人才专项激励由企业申报）/ The employer may nominate staff (e.g. the key-talent incentive, which enterprises file)' })
  @Property({ default: false })
  employerNominates: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One version of a policy's form, never changed once stored; applications name the one they were filed under. */
@Entity({ tableName: 'application_form_versions' })
@Unique({ properties: ['form', 'version'] })
export class ApplicationFormVersion {
  [OptionalProps]?: 'createdAt' | 'createdBy' | 'employerNominates';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApplicationForm, { ref: true, deleteRule: 'cascade' })
  form!: Ref<ApplicationForm>;

  @Property()
  version!: number;

  @Enum({ items: () => BenefitKind, nativeEnumName: 'benefit_kind' })
  benefit!: BenefitKind;

  @Property({ type: 'jsonb' })
  questions!: StoredQuestion[];

  @Property({ type: 'jsonb' })
  checklist!: ChecklistItem[];

  @Property()
  processingDays!: number;

  @Property({ default: false })
  employerNominates: boolean = false;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Policy } from '../policy/index.js';
import { DocumentKind } from '../document/index.js';

export enum BenefitKind {
  MONEY = 'MONEY',
  FLAT = 'FLAT',
  NOMINATION = 'NOMINATION',
}

registerEnumType(BenefitKind, {
  name: 'BenefitKind',
  description: '批准后得到什么 / What an approved application gives',
  valuesConfig: {
    MONEY: { description: '资金（发放）/ Money, paid out' },
    FLAT: { description: '人才公寓（配房）/ A talent flat, allocated' },
    NOMINATION: { description: '名额（如干部交流计划）/ A place, e.g. in the cadre exchange' },
  },
});

@ObjectType({ description: '材料清单中的一项 / One item of a policy\'s document checklist' })
export class ChecklistItem {
  @Field(() => DocumentKind, { description: '材料类型 / Kind of document' })
  kind!: DocumentKind;

  @Field({ description: '是否必需 / Whether it is required to submit' })
  required!: boolean;
}

/**
 * What applying for a policy takes: the benefit it gives, its document checklist and how long the
 * town has to process it. The cap on the amount is rule data (the policy's criteria rule set,
 * `applicationCap`: versioned, scheduled, audited); it is read into this type's `amountCapYuan`.
 */
@ObjectType({ description: '申请须知：材料清单、办理时限、金额上限 / How to apply: checklist, processing time, amount cap' })
@Entity({ tableName: 'application_forms' })
export class ApplicationForm {
  [OptionalProps]?: 'updatedAt' | 'employerNominates';

  @Field(() => ID, { description: '申请须知编号（审计记录按此查找）/ Form id (its audit entries are filed under it)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../core/graphql/scalars.js';
import { User } from '../account/index.js';
import { Application } from '../application/index.js';
import { RuleVersion } from '../policy/index.js';
import { LeaseStatus, SubsidyCategory } from './apartment.enums.js';
import { ApartmentOffer } from './allocation.entity.js';
import { ApartmentUnit } from './inventory.entity.js';

/**
 * A lease signed from an accepted offer. Leases run in whole calendar months (from the 1st to a
 * month's last day), so the subsidy is counted per month. One ACTIVE lease per unit and per
 * tenant (partial unique indexes); a trigger refuses a lease on a unit offered to someone else.
 * Whole months are checked by the same trigger (`apartment_letting_guard`, in the migration).
 */
@ObjectType({ description: '人才公寓租约 / A talent-apartment lease' })
@Entity({ tableName: 'apartment_leases' })
@Index({ name: 'apartment_leases_one_active_per_unit', expression: `create unique index "apartment_leases_one_active_per_unit" on "apartment_leases" ("unit_id") where "status" = 'ACTIVE'` })
@Index({ name: 'apartment_leases_one_active_per_tenant', expression: `create unique index "apartment_leases_one_active_per_tenant" on "apartment_leases" ("tenant_id") where "status" = 'ACTIVE'` })
@Check({ name: 'apartment_leases_rent_check', expression: '(monthly_rent_yuan > 0)' })
export class ApartmentLease {
  [OptionalProps]?: 'status' | 'signedAt' | 'movedOutAt';

  @Field(() => ID, { description: '租约编号 / Lease id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApartmentUnit, { ref: true, index: true })
  unit!: Ref<ApartmentUnit>;

  @ManyToOne(() => User, { ref: true, index: true })
  tenant!: Ref<User>;

  @ManyToOne(() => Application, { ref: true, index: true })
  application!: Ref<Application>;

  @OneToOne(() => ApartmentOffer, { ref: true, owner: true, unique: true })
  offer!: Ref<ApartmentOffer>;

  @Field(() => LocalDateScalar, { description: '起租日（某月 1 日）/ First day (the 1st of a month)' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateScalar, { description: '合同约定的最后一天 / Last day as signed' })
  @Property({ type: 'date' })
  plannedEndDate!: string;

  @Field(() => LocalDateScalar, { description: '实际最后一天（退租后为退租月的最后一天）/ Actual last day (after a move-out, the last day of that month)' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Int, { description: '月租金（元），签约时的租金 / Monthly rent in yuan, as signed' })
  @Property({ type: 'integer' })
  monthlyRentYuan!: number;

  @Field(() => SubsidyCategory, { description: '租金补贴类别 / Rent subsidy category' })
  @Enum({ items: () => SubsidyCategory, nativeEnumName: 'apartment_subsidy_category' })
  category!: SubsidyCategory;

  @Field(() => LeaseStatus, { description: '状态 / Status' })
  @Enum({ items: () => LeaseStatus, nativeEnumName: 'apartment_lease_status' })
  status: LeaseStatus = LeaseStatus.ACTIVE;

  @Field({ description: '签约时间 / When it was signed' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  signedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '记录退租的时间 / When the move-out was recorded' })
  @Property({ type: 'timestamptz', nullable: true })
  movedOutAt?: Date | null;

  /** The rules in force at signing (lease term); each month's subsidy uses the version in force that month. */
  @ManyToOne(() => RuleVersion, { ref: true, deleteRule: 'restrict' })
  ruleVersion!: Ref<RuleVersion>;
}

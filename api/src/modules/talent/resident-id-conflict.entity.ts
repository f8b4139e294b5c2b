import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../account/index.js';

export enum ResidentIdConflictSource {
  SIGN_UP = 'SIGN_UP',
  PROFILE_UPDATE = 'PROFILE_UPDATE',
}

export enum ResidentIdConflictStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

export enum ResidentIdConflictDecision {
  /** The number stays with the account that had it; the claimant is asked to come in. */
  KEEP_WITH_HOLDER = 'KEEP_WITH_HOLDER',
  /** Checked in person: the number is the claimant's; the holder's record loses it. */
  MOVE_TO_CLAIMANT = 'MOVE_TO_CLAIMANT',
  /** The claimant entered another number before anyone decided. */
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ResidentIdConflictSource, {
  name: 'ResidentIdConflictSource',
  description: '冲突从何而来 / Where the conflict came from',
  valuesConfig: {
    SIGN_UP: { description: '注册时填写 / Entered at sign-up' },
    PROFILE_UPDATE: { description: '修改档案时填写 / Entered when changing the profile' },
  },
});
registerEnumType(ResidentIdConflictStatus, {
  name: 'ResidentIdConflictStatus',
  description: '处理状态 / Whether it has been dealt with',
  valuesConfig: {
    OPEN: { description: '待处理 / Waiting for a reviewer' },
    RESOLVED: { description: '已处理 / Dealt with' },
  },
});
registerEnumType(ResidentIdConflictDecision, {
  name: 'ResidentIdConflictDecision',
  description: '处理决定 / What was decided',
  valuesConfig: {
    KEEP_WITH_HOLDER: { description: '号码保留在原账号，请申报人到镇人才办核实 / The number stays with the account that had it; the claimant is asked to come in' },
    MOVE_TO_CLAIMANT: { description: '经当面核实，号码归申报人，原账号不再使用该号码 / Checked in person: the number is the claimant\'s and leaves the other account' },
    WITHDRAWN: { description: '申报人已改填其他号码 / The claimant entered another number' },
  },
});

/**
 * Someone entered a resident ID number another account already holds. They are not told (that
 * would reveal whose number is registered); their profile keeps the number only as a claim,
 * seen by themself, while a town reviewer finds out who is right. The holder's record is never
 * changed until a reviewer decides so.
 */
@ObjectType({ description: '身份证号码冲突（仅审核人员可见）/ A resident ID number entered by a second account (reviewers only)' })
@Entity({ tableName: 'resident_id_conflicts' })
@Index({ name: 'resident_id_conflicts_one_open_per_claimant', expression: `create unique index "resident_id_conflicts_one_open_per_claimant" on "resident_id_conflicts" ("claimant_id") where "status" = 'OPEN'` })
export class ResidentIdConflict {
  [OptionalProps]?: 'status' | 'createdAt' | 'decision' | 'note' | 'resolvedBy' | 'resolvedAt';

  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Full number: the type is only served to reviewers. */
  @Property()
  @Index()
  residentIdNumber!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  claimant!: Ref<User>;

  /** The account that held the number when the claim was made (null if it has since been deleted). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  holder?: Ref<User> | null;

  @Field(() => ResidentIdConflictSource, { description: '来源 / Where it came from' })
  @Enum({ items: () => ResidentIdConflictSource, nativeEnumName: 'resident_id_conflict_source' })
  source!: ResidentIdConflictSource;

  @Field(() => ResidentIdConflictStatus, { description: '状态 / Status' })
  @Enum({ items: () => ResidentIdConflictStatus, nativeEnumName: 'resident_id_conflict_status' })
  status: ResidentIdConflictStatus = ResidentIdConflictStatus.OPEN;

  @Field(() => ResidentIdConflictDecision, { nullable: true, description: '处理决定 / What was decided' })
  @Enum({ items: () => ResidentIdConflictDecision, nativeEnumName: 'resident_id_conflict_decision', nullable: true })
  decision?: ResidentIdConflictDecision | null;

  @Field(() => String, { nullable: true, description: '审核人员备注 / The reviewer\'s note' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  resolvedBy?: Ref<User> | null;

  @Field(() => Date, { nullable: true, description: '处理时间 / When it was dealt with' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  @Field({ description: '发现时间 / When it was found' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Index()
  createdAt: Date = new Date();
}

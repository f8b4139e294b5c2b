import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';
import { Organisation } from '../organisation/index.js';
import { Document, type DocumentKind } from '../document/index.js';
import { Policy } from '../policy/index.js';
import { ApplicationAction, ApplicationStatus } from './application-status.js';
import { EmploymentConfirmation } from './employment-confirmation.entity.js';
import { ApplicationFormVersion } from './application-form.entity.js';

/** The partial unique index behind "one open application per person per policy". */
export const ONE_OPEN_PER_PERSON_POLICY = 'applications_one_open_per_person_policy';

/**
 * A talent's application for a benefit, from draft to paid out (or flat allocated). Status only
 * changes through the workflow table (`workflow.ts`) in `act` / `actOnBehalf` (application.steps.ts),
 * which lock the row, check `version` and write the history in the same transaction.
 */
@ObjectType({ description: '申请：人才就某项政策提出的申请 / An application by a talent for a policy\'s benefit' })
@Entity({ tableName: 'applications' })
@Index({ properties: ['status', 'statusChangedAt'] })
@Index({ properties: ['enterprise', 'status'] })
@Index({ properties: ['applicant', 'createdAt'] })
// One open case per person per policy (drafts and HR nominations alike). Which states are open is
// OPEN_STATES, in the database the function application_status_open (its migration says why;
// tests/integration/application/one-open-application.test.ts checks that the two agree).
@Index({ name: ONE_OPEN_PER_PERSON_POLICY, expression: `create unique index "${ONE_OPEN_PER_PERSON_POLICY}" on "applications" ("applicant_id", "policy_id") where "application_status_open"("status") and not "grandfathered"` })
export class Application {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'statusChangedAt' | 'version' | 'answers' | 'grandfathered' | 'documentsSeenAtCounter' | 'formVersion' | 'legacyReference' | 'importBatchId';

  @Field(() => ID, { description: '申请编号 / Application id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '受理编号，可电话报读，如 YP-2026-000123 / Reference number people can read on the phone, e.g. YP-2026-000123' })
  @Property({ unique: true, length: 20 })
  reference!: string;

  @ManyToOne(() => Policy, { ref: true })
  policy!: Ref<Policy>;

  @ManyToOne(() => User, { ref: true })
  applicant!: Ref<User>;

  /** The applicant's employer when the application was made; its HR confirm employment. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  enterprise?: Ref<Organisation> | null;

  @Field(() => ApplicationStatus, { description: '当前状态 / Current status' })
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  status: ApplicationStatus = ApplicationStatus.DRAFT;

  /**
   * The version of the policy's form it was filed under: its answers are checked against that
   * version's questions and checklist, whatever later versions say. Rows inserted without it get
   * the version in force from the database (a trigger), so every application names one.
   */
  @ManyToOne(() => ApplicationFormVersion, { ref: true, nullable: true })
  formVersion?: Ref<ApplicationFormVersion> | null;

  /** Answers to the policy's questions, by question code. */
  @Property({ type: 'jsonb' })
  answers: Record<string, string> = {};

  @Field(() => Int, { nullable: true, description: '申请金额（元，整数），仅发放资金的政策 / Amount asked for, in whole yuan; only for policies that pay money' })
  @Property({ type: 'integer', nullable: true })
  requestedAmountYuan?: number | null;

  @Field(() => Int, { nullable: true, description: '批准金额（元）/ Amount approved, in yuan' })
  @Property({ type: 'integer', nullable: true })
  approvedAmountYuan?: number | null;

  @Field(() => String, { nullable: true, description: '发放凭证号（银行流水号）/ Payment reference (the bank\'s transfer number)' })
  @Property({ nullable: true, length: 64 })
  paymentReference?: string | null;

  @Field(() => String, { nullable: true, description: '配房说明（如房源与入住日期）/ Allocation note (e.g. the flat and move-in date)' })
  @Property({ type: 'text', nullable: true })
  allocationNote?: string | null;

  /** Eligibility result and rule version at submission; later rule changes never rewrite it. */
  @Property({ type: 'jsonb', nullable: true })
  eligibilitySnapshot?: Record<string, unknown> | null;

  @ManyToOne(() => EmploymentConfirmation, { ref: true, nullable: true })
  employmentConfirmation?: Ref<EmploymentConfirmation> | null;

  /** HR who nominated the applicant (the employer files this policy); they follow the draft too. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  nominatedBy?: Ref<User> | null;

  /** The town reviewer who filed it at the counter for a walk-in talent; null when the talent (or HR's nomination) started it. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  filedBy?: Ref<User> | null;

  /**
   * Checklist documents the reviewer saw on paper at the counter (walk-in filing). They count for
   * the checklist like attached wallet documents, at submission and at any resubmission.
   */
  @Property({ type: 'jsonb', default: '[]' })
  documentsSeenAtCounter: DocumentKind[] = [];

  /** The reviewer who took it up; a reviewer never reviews their own application. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  reviewer?: Ref<User> | null;

  @Field({ description: '进入当前状态的时间，用于计算是否逾期 / When it entered its current status, for deadlines' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  statusChangedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '首次提交时间 / When it was first submitted' })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  /**
   * Already open beside another case of the same person and policy when the one-open rule came
   * in (issue 10): it goes on as it was, outside the unique index. Never set on new rows.
   */
  @Property({ default: false })
  grandfathered: boolean = false;

  /**
   * A case decided (and perhaps paid) before the platform existed, brought in by an
   * administrator's import (modules/imports): the reference it had in the old records, unique,
   * and the import batch. It never went through the workflow; its history says so (IMPORT).
   */
  @Property({ length: 40, nullable: true, unique: true })
  legacyReference?: string | null;

  @Property({ type: 'uuid', nullable: true, index: true })
  importBatchId?: string | null;

  @Field(() => Int, { description: '版本号：操作时传回，他人已先行修改则提示冲突 / Version: send it back with an action; if someone acted first you get a conflict' })
  @Property({ version: true })
  version: number = 1;

  @Field({ description: '创建时间 / When it was created' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One step in an application's history. Append-only: the database refuses updates and deletes. */
@ObjectType({ description: '申请历程中的一步（不可修改）/ One step in an application\'s history (never changed)' })
@Entity({ tableName: 'application_events' })
@Index({ properties: ['application', 'at'] })
// Live pages catch up by time after a listener reconnects (core/realtime/database-events.ts).
@Index({ properties: ['at'] })
export class ApplicationEvent {
  [OptionalProps]?: 'at' | 'reason' | 'data';

  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application!: Ref<Application>;

  // A plain field (no resolver of its own): each step of a 50-row queue's histories is read as it is (issue 13).
  @Field(() => ApplicationAction, { description: '这一步做了什么 / What was done' })
  @Property({ length: 40 })
  action!: string;

  @Field(() => ApplicationStatus, { nullable: true, description: '之前的状态（创建时为空）/ Status before (null when created)' })
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status', nullable: true })
  fromStatus?: ApplicationStatus | null;

  @Field(() => ApplicationStatus, { description: '之后的状态 / Status after' })
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  toStatus!: ApplicationStatus;

  /** Null when the platform itself took the step (e.g. reusing a valid employer confirmation). */
  @ManyToOne(() => User, { ref: true, nullable: true })
  actor?: Ref<User> | null;

  @Field(() => String, { nullable: true, description: '理由或说明 / Reason or note' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  data?: Record<string, unknown> | null;

  @Field({ description: '时间 / When' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}

/** A document from the applicant's wallet attached to an application for a checklist item. */
@Entity({ tableName: 'application_documents' })
@Unique({ properties: ['application', 'document'] })
export class ApplicationDocument {
  [OptionalProps]?: 'attachedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, deleteRule: 'cascade' })
  application!: Ref<Application>;

  @ManyToOne(() => Document, { ref: true, deleteRule: 'restrict' })
  document!: Ref<Document>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  attachedAt: Date = new Date();
}

/**
 * A key a client sends with a mutation so that a retry does not act twice: the first call
 * stores what it produced, a repeat answers with the same.
 */
@Entity({ tableName: 'idempotency_keys' })
@Unique({ properties: ['user', 'key'] })
export class IdempotencyKey {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ length: 100 })
  key!: string;

  @Property({ length: 40 })
  operation!: string;

  @Property({ type: 'uuid' })
  resultId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FenScalar, LocalDateScalar } from '../../core/graphql/scalars.js';
import { User } from '../account/index.js';
import { CommunityProject } from '../community/index.js';
import { Document } from '../document/index.js';
import { Organisation } from '../organisation/index.js';
import { DonorKind, FundArea, GrantStatus, LedgerEntryKind } from './fund.enums.js';

/*
 * The community charity fund (社区公益基金会). Money lives in one place only: the ledger
 * (`fund_ledger_entries`), in fen. Donations, tranches and receipts hold the facts around an
 * amount (who gave, when, the bank reference, the scan), never a total: every figure the fund
 * shows is a SUM over the ledger. Ledger, donations, approvals, tranches and receipts are
 * append-only (a trigger refuses UPDATE and DELETE); a mistake is corrected by a reversing entry.
 */

/** A gift to the fund. Its amount is its DONATION ledger entry; a correction reverses that entry. */
@ObjectType({ description: '一笔捐赠（金额见账目）/ A donation to the fund (its amount is in the ledger)' })
@Entity({ tableName: 'fund_donations' })
@Index({ properties: ['receivedOn'] })
@Check({ name: 'fund_donations_donor_check', expression: "(((donor_kind = 'ORGANISATION'::fund_donor_kind) AND ((organisation_id IS NOT NULL) OR (donor_name IS NOT NULL))) OR ((donor_kind = 'INDIVIDUAL'::fund_donor_kind) AND (organisation_id IS NULL) AND (donor_name IS NOT NULL)))" })
export class FundDonation {
  [OptionalProps]?: 'recordedAt' | 'organisation' | 'donorName' | 'restrictedTo' | 'note' | 'sample';

  @Field(() => ID, { description: '捐赠编号 / Donation id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DonorKind, { description: '捐赠人类别 / Who gave' })
  @Enum({ items: () => DonorKind, nativeEnumName: 'fund_donor_kind' })
  donorKind!: DonorKind;

  /** A member organisation on the platform, when the donor is one. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'restrict' })
  organisation?: Ref<Organisation> | null;

  /** The donor's name as given (an individual, or an organisation not on the platform). Personal data: fund staff only unless named publicly. */
  @Property({ length: 200, nullable: true })
  donorName?: string | null;

  @Field({ description: '捐赠人同意公开姓名或名称 / The donor agreed to be named publicly' })
  @Property()
  namedPublicly!: boolean;

  @Field(() => LocalDateScalar, { description: '到账日期 / The day the money arrived' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => FundArea, { nullable: true, description: '限定用于的板块；为空表示不限定 / The area the gift is restricted to; null when unrestricted' })
  @Enum({ items: () => FundArea, nativeEnumName: 'fund_area', nullable: true })
  restrictedTo?: FundArea | null;

  /** For fund staff, e.g. the bank transfer reference. */
  @Property({ length: 300, nullable: true })
  note?: string | null;

  @Field({ description: '示例数据 / Sample data' })
  @Property({ default: false })
  sample: boolean = false;

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;

  @Field({ description: '登记时间 / When it was recorded' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}

/** A grant to a community project: applied for, approved by two people, paid in tranches. */
@ObjectType({ description: '对社区项目的资助 / A grant to a community project' })
@Entity({ tableName: 'fund_grants' })
@Index({ properties: ['status', 'appliedAt'] })
@Index({ properties: ['project'] })
@Check({ name: 'fund_grants_requested_check', expression: "((requested_fen >= 1) AND (requested_fen <= '10000000000'::bigint))" }) // as PostgreSQL stores it
@Check({ name: 'fund_grants_decided_check', expression: "((status = 'APPLIED'::fund_grant_status) = (decided_at IS NULL))" })
// One application under consideration per project, also when sent twice at once.
@Index({ name: 'fund_grants_one_applied_per_project', expression: `create unique index "fund_grants_one_applied_per_project" on "fund_grants" ("project_id") where "status" = 'APPLIED'` })
export class FundGrant {
  [OptionalProps]?: 'status' | 'appliedAt' | 'decidedAt' | 'decisionReason' | 'version';

  @Field(() => ID, { description: '资助编号 / Grant id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CommunityProject, { ref: true, deleteRule: 'restrict' })
  project!: Ref<CommunityProject>;

  @Field(() => FundArea, { description: '资助板块 / The area of the grant' })
  @Enum({ items: () => FundArea, nativeEnumName: 'fund_area' })
  area!: FundArea;

  /** What was applied for. Approval commits exactly this in the ledger; what the fund shows comes from there. */
  @Property({ type: new BigIntType('number') })
  requestedFen!: number;

  @Field({ description: '用途说明 / What the money is for' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => GrantStatus, { description: '状态 / Status' })
  @Enum({ items: () => GrantStatus, nativeEnumName: 'fund_grant_status' })
  status: GrantStatus = GrantStatus.APPLIED;

  @ManyToOne(() => User, { ref: true })
  appliedBy!: Ref<User>;

  @Field({ description: '申请时间 / When it was applied for' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  appliedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '批准、不批准或撤销的时间 / When it was approved, rejected or cancelled' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '不批准或撤销的原因 / Why it was rejected or cancelled' })
  @Property({ length: 300, nullable: true })
  decisionReason?: string | null;

  @Field(() => Int, { description: '版本号 / Version' })
  @Property({ version: true })
  version: number = 1;
}

/**
 * One of the two approvals a grant needs. Two positions per grant at most, one per person, never
 * the applicant (a trigger checks that too): the database holds the four-eyes rule.
 */
@Entity({ tableName: 'fund_grant_approvals' })
@Unique({ properties: ['grant', 'approver'] })
@Unique({ properties: ['grant', 'position'] })
@Check({ name: 'fund_grant_approvals_position_check', expression: '("position" = ANY (ARRAY[1, 2]))' }) // as PostgreSQL stores it
export class FundGrantApproval {
  [OptionalProps]?: 'approvedAt' | 'note';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => FundGrant, { ref: true, deleteRule: 'restrict' })
  grant!: Ref<FundGrant>;

  @ManyToOne(() => User, { ref: true })
  approver!: Ref<User>;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ length: 300, nullable: true })
  note?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  approvedAt: Date = new Date();
}

/** A payment of part of a grant. Its amount is its PAYMENT ledger entry. */
@Entity({ tableName: 'fund_tranches' })
@Unique({ properties: ['grant', 'number'] })
export class FundTranche {
  [OptionalProps]?: 'recordedAt' | 'reference';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => FundGrant, { ref: true, deleteRule: 'restrict' })
  grant!: Ref<FundGrant>;

  /** 1, 2, … in the order paid. */
  @Property({ type: 'smallint' })
  number!: number;

  @Property({ type: 'date' })
  paidOn!: string;

  /** The bank transfer reference. */
  @Property({ length: 100, nullable: true })
  reference?: string | null;

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}

/** A receipt or invoice showing how grant money was spent (a RECEIPT document). */
@Entity({ tableName: 'fund_receipts' })
@Unique({ properties: ['grant', 'document'] })
@Check({ name: 'fund_receipts_amount_check', expression: "((amount_fen >= 1) AND (amount_fen <= '10000000000'::bigint))" }) // as PostgreSQL stores it
export class FundReceipt {
  [OptionalProps]?: 'addedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => FundGrant, { ref: true, deleteRule: 'restrict' })
  grant!: Ref<FundGrant>;

  @ManyToOne(() => Document, { ref: true, deleteRule: 'restrict' })
  document!: Ref<Document>;

  /** The receipt's face value. */
  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Property({ length: 300 })
  description!: string;

  @ManyToOne(() => User, { ref: true })
  addedBy!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  addedAt: Date = new Date();
}

/**
 * The fund's ledger, in fen. `restrictedTo` names the pool the money belongs to: an area's
 * restricted money, or (null) the unrestricted money. A donation adds to its pool, an approved
 * grant commits from one pool, a tranche pays out of the grant's commitment. A correction is an
 * entry of the same kind, pool and record with the opposite amount, naming the entry it reverses
 * (once). Written only through `FundLedger` in the service; guarded by triggers in the migration.
 */
@ObjectType({ description: '基金账目（只增不改；更正为一笔金额相反的冲正账）/ A ledger entry of the fund (append-only; a correction is a reversing entry)' })
@Entity({ tableName: 'fund_ledger_entries' })
@Index({ properties: ['recordedAt'] })
@Index({ properties: ['grant'] })
@Index({ properties: ['donation'] })
// A grant is committed once: however many approvals race, the database keeps one commitment.
@Index({ name: 'fund_ledger_one_commitment_per_grant', expression: `create unique index "fund_ledger_one_commitment_per_grant" on "fund_ledger_entries" ("grant_id") where "kind" = 'COMMITMENT' and "reverses_id" is null` })
// Never zero, at most 100 million yuan either way, positive unless it reverses another entry (as PostgreSQL stores it).
@Check({ name: 'fund_ledger_entries_amount_check', expression: "((amount_fen <> 0) AND ((amount_fen >= '-10000000000'::bigint) AND (amount_fen <= '10000000000'::bigint)) AND ((reverses_id IS NULL) = (amount_fen > 0)))" })
@Check({
  name: 'fund_ledger_entries_shape_check',
  expression: "(((kind = 'DONATION'::fund_ledger_entry_kind) AND (donation_id IS NOT NULL) AND (grant_id IS NULL) AND (tranche_id IS NULL)) OR ((kind = 'COMMITMENT'::fund_ledger_entry_kind) AND (donation_id IS NULL) AND (grant_id IS NOT NULL) AND (tranche_id IS NULL)) OR ((kind = 'PAYMENT'::fund_ledger_entry_kind) AND (donation_id IS NULL) AND (grant_id IS NOT NULL) AND (tranche_id IS NOT NULL)))",
})
export class FundLedgerEntry {
  [OptionalProps]?: 'recordedAt' | 'restrictedTo' | 'donation' | 'grant' | 'tranche' | 'reverses' | 'reason';

  @Field(() => ID, { description: '账目编号 / Entry id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => LedgerEntryKind, { description: '类别 / Kind' })
  @Enum({ items: () => LedgerEntryKind, nativeEnumName: 'fund_ledger_entry_kind' })
  kind!: LedgerEntryKind;

  @Field(() => FenScalar, { description: '金额（分）；冲正账为负数 / Amount in fen; negative for a reversing entry' })
  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Field(() => FundArea, { nullable: true, description: '所属资金池：定向的板块；为空表示非定向资金 / The pool: the area the money is restricted to; null for unrestricted money' })
  @Enum({ items: () => FundArea, nativeEnumName: 'fund_area', nullable: true })
  restrictedTo?: FundArea | null;

  @ManyToOne(() => FundDonation, { ref: true, nullable: true, deleteRule: 'restrict' })
  donation?: Ref<FundDonation> | null;

  @ManyToOne(() => FundGrant, { ref: true, nullable: true, deleteRule: 'restrict' })
  grant?: Ref<FundGrant> | null;

  @ManyToOne(() => FundTranche, { ref: true, nullable: true, deleteRule: 'restrict' })
  tranche?: Ref<FundTranche> | null;

  @ManyToOne(() => FundLedgerEntry, { ref: true, nullable: true, unique: true, deleteRule: 'restrict' })
  reverses?: Ref<FundLedgerEntry> | null;

  @Field(() => String, { nullable: true, description: '冲正原因 / Why the correction was made' })
  @Property({ length: 300, nullable: true })
  reason?: string | null;

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;

  /** clock_timestamp(), so a reversal written in the same transaction sorts after what it reverses. */
  @Field({ description: '记账时间 / When it was entered' })
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  recordedAt: Date = new Date();
}

import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { theRow } from '../../core/db/rows.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { required } from '../../core/required.js';
import { idOrNull, optionalDate, optionalText, requiredText } from '../../core/text-fields.js';
import { User } from '../account/index.js';
import { CommunityProject } from '../community/index.js';
import { Document, DocumentKind } from '../document/index.js';
import { Organisation } from '../organisation/index.js';
import { isFundStaff, requireFundStaff, speaksForProjects } from './fund.access.js';
import { FundDonation, FundGrant, FundGrantApproval, FundLedgerEntry, FundReceipt, FundTranche } from './fund.entity.js';
import { DonorKind, FUND_AREA_NAMES, FUND_AREAS, GrantStatus, isFundArea, LedgerEntryKind, type FundArea } from './fund.enums.js';
import type { AddGrantReceiptInput, ApplyForGrantInput, GrantDecisionInput, PayGrantTrancheInput, RecordDonationInput, ReverseLedgerEntryInput } from './fund.inputs.js';
import { appendLedgerEntry, fen, grantFigures, ledgerTotals, lockFund, poolAvailableFen, type PoolFigures } from './fund.ledger.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { FUND_MESSAGES as M } from './fund.messages.js';

/** The largest single amount: 100 million yuan, in fen. */
export const MAX_FEN = 10_000_000_000;
/** The fund was set up in 2021 or so; nothing is dated before the platform's records begin. */
const EARLIEST_DATE = '2015-01-01';


/** A whole number of fen from 1 to 100 million yuan, or an error on the field. */
function amount(errors: FieldErrors, field: string, raw: number | null | undefined, label: LocalisedText): number {
  if (raw === null || raw === undefined) {
    errors.addText(field, UserErrorCode.REQUIRED, M.missing(label));
    return 0;
  }
  if (!Number.isInteger(raw)) {
    errors.addText(field, UserErrorCode.INVALID, M.amountNotWholeFen(label));
    return 0;
  }
  if (raw < 1 || raw > MAX_FEN) {
    errors.addText(field, UserErrorCode.OUT_OF_RANGE, M.amountOutOfRange(label));
    return 0;
  }
  return raw;
}

/** A date that has happened: not before the records begin, not after today (Shanghai). */
function pastDate(errors: FieldErrors, field: string, raw: string | null | undefined, label: LocalisedText, today: string): string {
  const value = optionalDate(errors, field, raw, label);
  if (!value) {
    if (!errors.has(field)) errors.addText(field, UserErrorCode.REQUIRED, M.missing(label));
    return '';
  }
  if (value > today) errors.addText(field, UserErrorCode.OUT_OF_RANGE, M.dateInFuture(label));
  else if (value < EARLIEST_DATE) errors.addText(field, UserErrorCode.OUT_OF_RANGE, M.dateBeforeRecords(label, EARLIEST_DATE));
  return value;
}

export interface FundSummary {
  totals: PoolFigures;
  pools: { area: FundArea | null; figures: PoolFigures }[];
  donationCount: number;
  entryCount: number;
  namedDonors: { name: string; organisationId: string | null; kind: DonorKind; totalFen: number; donations: number }[];
  anonymous: { donations: number; totalFen: number };
  hasSampleData: boolean;
}

/**
 * The community charity fund: donations in, grants to community projects out, all through the
 * append-only ledger. Methods take the viewer first; access: fund staff (`fund.access.ts`) keep
 * the books and approve, a project's side applies and files receipts, everyone reads the totals.
 */
export class FundService {
  constructor(private readonly em: EntityManager) {}

  async recordDonation(viewer: Viewer, input: RecordDonationInput, now = new Date()): Promise<FundDonation> {
    requireFundStaff(viewer);
    const today = shanghaiToday(now);
    const errors = new FieldErrors();
    const amountFen = amount(errors, 'input.amountFen', input.amountFen, M.donationAmount);
    const receivedOn = pastDate(errors, 'input.receivedOn', input.receivedOn, M.donationReceivedOn, today);
    const donorName = optionalText(errors, 'input.donorName', input.donorName, M.donorName, { max: 100 });
    const note = optionalText(errors, 'input.note', input.note, M.donationNote, { max: 300, multiline: true });
    if (input.restrictedTo && !isFundArea(input.restrictedTo)) errors.addText('input.restrictedTo', UserErrorCode.INVALID, M.unknownArea);
    let organisation: Organisation | null = null;
    if (input.donorKind === DonorKind.INDIVIDUAL) {
      if (input.organisationId) errors.addText('input.organisationId', UserErrorCode.INVALID, M.personalGiftWithOrganisation);
      if (!donorName && !errors.has('input.donorName')) errors.addText('input.donorName', UserErrorCode.REQUIRED, M.personalDonorNameMissing);
    } else if (input.organisationId) {
      organisation = await this.em.findOne(Organisation, idOrNull(input.organisationId) ?? '00000000-0000-0000-0000-000000000000');
      if (!organisation) errors.addText('input.organisationId', UserErrorCode.NOT_FOUND, M.organisationNotFound);
    } else if (!donorName && !errors.has('input.donorName')) {
      errors.addText('input.donorName', UserErrorCode.REQUIRED, M.organisationDonorMissing);
    }
    errors.throwIfAny();
    return this.em.transactional(async (tx) => {
      const donation = tx.create(FundDonation, {
        donorKind: input.donorKind, organisation: organisation ? tx.getReference(Organisation, organisation.id) : null,
        donorName, namedPublicly: input.namedPublicly, receivedOn, restrictedTo: input.restrictedTo ?? null, note,
        recordedBy: tx.getReference(User, viewer.userId), recordedAt: now,
      });
      await appendLedgerEntry(tx, { kind: LedgerEntryKind.DONATION, amountFen, restrictedTo: donation.restrictedTo ?? null, donationId: donation.id, recordedById: viewer.userId });
      return donation;
    });
  }

  async applyForGrant(viewer: Viewer, input: ApplyForGrantInput): Promise<FundGrant> {
    const projectId = idOrNull(input.projectId);
    const project = projectId ? await this.em.findOne(CommunityProject, projectId, { populate: ['need'] }) : null;
    if (!project || !(await speaksForProjects(this.em, viewer, [project.id])).has(project.id)) throw DomainError.notFound(M.communityProject);
    const errors = new FieldErrors();
    const amountFen = amount(errors, 'input.amountFen', input.amountFen, M.grantAmount);
    const purpose = requiredText(errors, 'input.description', input.description, M.grantPurpose, { max: 2000, multiline: true });
    const needCategory = project.need.getEntity().category;
    const area = input.area ?? (isFundArea(needCategory) ? needCategory : null);
    if (!area) errors.addText('input.area', UserErrorCode.REQUIRED, M.needOutsideAreas);
    errors.throwIfAny();
    const grantArea = required(area, 'grant area (refused above when missing)');
    try {
      return await this.em.transactional(async (tx) => {
        const grant = tx.create(FundGrant, { project: tx.getReference(CommunityProject, project.id), area: grantArea, requestedFen: amountFen, purpose, appliedBy: tx.getReference(User, viewer.userId) });
        await tx.flush();
        return grant;
      });
    } catch (error) {
      // One application under consideration per project (a partial unique index), also when sent twice at once.
      if (error instanceof UniqueConstraintViolationException) {
        throw oneUserError('input.projectId', UserErrorCode.DUPLICATE, M.grantAlreadyAwaitingApproval);
      }
      throw error;
    }
  }

  /**
   * One of the two approvals. The fund lock, then the grant's row lock, make approvals of one
   * grant (and commitments across the fund) one at a time; the second distinct approver commits
   * the money in the ledger from the area's restricted money if it covers the grant, otherwise
   * from the unrestricted money. The database refuses a third approval, a second one by the same
   * person, one by the applicant, and a second commitment for the grant.
   */
  async approveGrant(viewer: Viewer, input: GrantDecisionInput, now = new Date()): Promise<FundGrant> {
    requireFundStaff(viewer);
    const errors = new FieldErrors();
    const note = optionalText(errors, 'input.reason', input.reason, M.approvalNote, { max: 300, multiline: true });
    errors.throwIfAny();
    return this.em.transactional(async (tx) => {
      await lockFund(tx);
      const grant = await this.lockedGrant(tx, input.grantId);
      this.checkDecider(viewer, grant);
      const approvals = await tx.find(FundGrantApproval, { grant: grant.id }, { orderBy: { position: 'asc' } });
      if (approvals.some((a) => a.approver.id === viewer.userId)) {
        throw oneUserError(null, UserErrorCode.DUPLICATE, M.alreadyApprovedByYou);
      }
      const position = approvals.length + 1;
      tx.create(FundGrantApproval, { grant, approver: tx.getReference(User, viewer.userId), position, note, approvedAt: now });
      if (position === 2) {
        const fromArea = await poolAvailableFen(tx, grant.area);
        const pool = fromArea >= grant.requestedFen ? grant.area : (await poolAvailableFen(tx, null)) >= grant.requestedFen ? null : undefined;
        if (pool === undefined) {
          const general = await poolAvailableFen(tx, null);
          throw oneUserError(null, UserErrorCode.OUT_OF_RANGE, M.notEnoughMoney(FUND_AREA_NAMES[grant.area], fromArea, general, grant.requestedFen));
        }
        Object.assign(grant, { status: GrantStatus.APPROVED, decidedAt: now });
        await appendLedgerEntry(tx, { kind: LedgerEntryKind.COMMITMENT, amountFen: grant.requestedFen, restrictedTo: pool, grantId: grant.id, recordedById: viewer.userId });
      }
      return grant;
    });
  }

  async rejectGrant(viewer: Viewer, input: GrantDecisionInput, now = new Date()): Promise<FundGrant> {
    requireFundStaff(viewer);
    const errors = new FieldErrors();
    const reason = requiredText(errors, 'input.reason', input.reason, M.rejectionReason, { max: 300, multiline: true });
    errors.throwIfAny();
    return this.em.transactional(async (tx) => {
      const grant = await this.lockedGrant(tx, input.grantId);
      this.checkDecider(viewer, grant);
      Object.assign(grant, { status: GrantStatus.REJECTED, decidedAt: now, decisionReason: reason });
      return grant;
    });
  }

  /** One tranche. The grant's row lock makes payments on one grant one at a time; the ledger's trigger refuses paying past the commitment whoever writes. */
  async payTranche(viewer: Viewer, input: PayGrantTrancheInput, now = new Date()): Promise<FundGrant> {
    requireFundStaff(viewer);
    const today = shanghaiToday(now);
    const errors = new FieldErrors();
    const amountFen = amount(errors, 'input.amountFen', input.amountFen, M.trancheAmount);
    const paidOn = pastDate(errors, 'input.paidOn', input.paidOn, M.tranchePaidOn, today);
    const reference = optionalText(errors, 'input.reference', input.reference, M.trancheReference, { max: 100 });
    errors.throwIfAny();
    return this.em.transactional(async (tx) => {
      const grant = await this.lockedGrant(tx, input.grantId);
      if (grant.status !== GrantStatus.APPROVED) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.grantNotApproved);
      // An approved grant has its commitment in the ledger.
      const figures = required((await grantFigures(tx, [grant.id])).get(grant.id), `ledger figures of approved grant ${grant.id}`);
      const left = figures.committedFen - figures.paidFen;
      if (amountFen > left) {
        throw oneUserError('input.amountFen', UserErrorCode.OUT_OF_RANGE, M.trancheOverLeftToPay(left));
      }
      const approvedOn = shanghaiToday(required(grant.decidedAt, `decision time of approved grant ${grant.id}`));
      if (paidOn < approvedOn) {
        throw oneUserError('input.paidOn', UserErrorCode.OUT_OF_RANGE, M.paidBeforeApproval(approvedOn));
      }
      const number = (await tx.count(FundTranche, { grant: grant.id })) + 1;
      const tranche = tx.create(FundTranche, { grant, number, paidOn, reference, recordedBy: tx.getReference(User, viewer.userId), recordedAt: now });
      await appendLedgerEntry(tx, { kind: LedgerEntryKind.PAYMENT, amountFen, restrictedTo: figures.pool, grantId: grant.id, trancheId: tranche.id, recordedById: viewer.userId });
      return grant;
    });
  }

  async addReceipt(viewer: Viewer, input: AddGrantReceiptInput, now = new Date()): Promise<FundGrant> {
    const grantId = idOrNull(input.grantId);
    const grant = grantId ? await this.em.findOne(FundGrant, grantId) : null;
    const allowed = !!grant && (isFundStaff(viewer) || (await speaksForProjects(this.em, viewer, [grant.project.id])).has(grant.project.id));
    if (!grant || !allowed) throw DomainError.notFound(M.grant);
    const errors = new FieldErrors();
    const amountFen = amount(errors, 'input.amountFen', input.amountFen, M.receiptAmount);
    const description = requiredText(errors, 'input.description', input.description, M.receiptContents, { max: 300, multiline: true });
    const documentId = idOrNull(input.documentId);
    // Only a receipt the viewer uploaded: nobody files someone else's document.
    const document = documentId ? await this.em.findOne(Document, { id: documentId, owner: viewer.userId, kind: DocumentKind.RECEIPT }) : null;
    if (!document) errors.addText('input.documentId', UserErrorCode.NOT_FOUND, M.receiptNotYours);
    errors.throwIfAny();
    const receipt = required(document, 'receipt document (refused above when missing)');
    const paid = (await grantFigures(this.em, [grant.id])).get(grant.id)?.paidFen ?? 0;
    if (paid <= 0) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.receiptBeforePayment);
    try {
      await this.em.transactional(async (tx) => {
        tx.create(FundReceipt, { grant: tx.getReference(FundGrant, grant.id), document: tx.getReference(Document, receipt.id), amountFen, description, addedBy: tx.getReference(User, viewer.userId), addedAt: now });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw oneUserError('input.documentId', UserErrorCode.DUPLICATE, M.receiptAlreadyFiled);
      throw error;
    }
    return grant;
  }

  /**
   * A correction: an entry of the same kind, pool and record with the opposite amount. The
   * original stays. A donation can be reversed while its pool still has that much uncommitted;
   * a commitment only while nothing of the grant is paid (the grant is then cancelled); a payment
   * always (the money came back, or was never sent). An entry is reversed once (a unique index).
   */
  async reverseEntry(viewer: Viewer, input: ReverseLedgerEntryInput, now = new Date()): Promise<FundLedgerEntry> {
    requireFundStaff(viewer);
    const errors = new FieldErrors();
    const reason = requiredText(errors, 'input.reason', input.reason, M.reversalReason, { max: 300, multiline: true });
    errors.throwIfAny();
    const entryId = idOrNull(input.entryId);
    const original = entryId ? await this.em.findOne(FundLedgerEntry, entryId) : null;
    if (!original) throw DomainError.notFound(M.ledgerEntry);
    if (original.reverses) throw oneUserError('input.entryId', UserErrorCode.INVALID_STATE, M.reversalOfReversal);
    try {
      return await this.em.transactional(async (tx) => {
        if (original.kind !== LedgerEntryKind.PAYMENT) await lockFund(tx);
        const grant = original.grant ? await this.lockedGrant(tx, original.grant.id) : null;
        if (await tx.count(FundLedgerEntry, { reverses: original.id })) throw ALREADY_REVERSED();
        if (original.kind === LedgerEntryKind.DONATION) {
          const available = await poolAvailableFen(tx, original.restrictedTo ?? null);
          if (available < original.amountFen) {
            throw oneUserError('input.entryId', UserErrorCode.INVALID_STATE, M.donationAlreadyCommitted(available, original.amountFen));
          }
        }
        if (original.kind === LedgerEntryKind.COMMITMENT) {
          const committed = required(grant, `grant of commitment entry ${original.id}`);
          const figures = (await grantFigures(tx, [committed.id])).get(committed.id);
          if ((figures?.paidFen ?? 0) !== 0) throw oneUserError('input.entryId', UserErrorCode.INVALID_STATE, M.grantHasPayments);
          Object.assign(committed, { status: GrantStatus.CANCELLED, decidedAt: now, decisionReason: reason });
        }
        const id = await appendLedgerEntry(tx, {
          kind: original.kind, amountFen: -original.amountFen, restrictedTo: original.restrictedTo ?? null, donationId: original.donation?.id, grantId: original.grant?.id,
          trancheId: original.tranche?.id, reversesId: original.id, reason, recordedById: viewer.userId,
        });
        await tx.flush();
        return tx.findOneOrFail(FundLedgerEntry, id);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw ALREADY_REVERSED();
      throw error;
    }
  }

  /** Every figure of the public page, summed from the ledger now. */
  async summary(): Promise<FundSummary> {
    const { totals, pools } = await ledgerTotals(this.em);
    const counts = theRow(await this.em.execute<{ donations: number; entries: number; sample: boolean }[]>(
      `select (select count(*)::int from fund_donations) as donations, (select count(*)::int from fund_ledger_entries) as entries,
              exists (select 1 from fund_donations where sample) as sample`,
    ), 'fund counts');
    const named = await this.em.execute<{ name: string; organisation_id: string | null; kind: DonorKind; total: string; donations: number }[]>(
      `select coalesce(o.name_zh, d.donor_name) as name, d.organisation_id, d.donor_kind as kind, sum(e.amount_fen)::text as total, count(distinct d.id)::int as donations
         from fund_ledger_entries e join fund_donations d on d.id = e.donation_id left join organisations o on o.id = d.organisation_id
        where e.kind = 'DONATION' and d.named_publicly
        group by 1, 2, 3 having sum(e.amount_fen) > 0 order by sum(e.amount_fen) desc, 1`,
    );
    const anonymous = theRow(await this.em.execute<{ donations: number; total: string }[]>(
      `select count(*)::int as donations, coalesce(sum(net), 0)::text as total from (
         select sum(e.amount_fen) as net from fund_ledger_entries e join fund_donations d on d.id = e.donation_id
          where e.kind = 'DONATION' and not d.named_publicly group by d.id having sum(e.amount_fen) > 0) t`,
    ), 'anonymous donations');
    const areas: (FundArea | null)[] = [...FUND_AREAS, null];
    return {
      totals,
      pools: areas.map((area) => ({ area, figures: pools.get(area) ?? { raisedFen: 0, committedFen: 0, paidFen: 0 } })),
      donationCount: counts.donations,
      entryCount: counts.entries,
      namedDonors: named.map((r) => ({ name: r.name, organisationId: r.organisation_id, kind: r.kind, totalFen: fen(r.total), donations: r.donations })),
      anonymous: { donations: anonymous.donations, totalFen: fen(anonymous.total) },
      hasSampleData: counts.sample,
    };
  }

  /** Grants the public may see: every one that was approved (cancelled ones too), newest first. */
  publicGrants(): Promise<FundGrant[]> {
    return this.em.find(FundGrant, { status: { $in: [GrantStatus.APPROVED, GrantStatus.CANCELLED] } }, { orderBy: { decidedAt: 'desc', id: 'desc' } });
  }

  /**
   * Grants for the signed-in: fund staff see all; a project's side sees its projects' grants;
   * anyone else the approved ones the public sees.
   */
  async list(viewer: Viewer, filter: { status?: GrantStatus | null; projectId?: string | null }, window: PageWindow): Promise<[FundGrant[], number]> {
    const qb = this.em.createQueryBuilder(FundGrant, 'g');
    if (filter.status) qb.andWhere({ status: filter.status });
    if (filter.projectId) qb.andWhere({ project: filter.projectId });
    if (!isFundStaff(viewer)) {
      qb.andWhere(
        `(g.status in ('APPROVED', 'CANCELLED') or exists (select 1 from community_projects p where p.id = g.project_id and
           ((?::text = 'COMMUNITY_WORKER' and p.place_id = ?::uuid) or exists (select 1 from community_project_owners o where o.project_id = p.id and o.user_id = ?::uuid))))`,
        [viewer.role, viewer.organisationId, viewer.userId],
      );
    }
    qb.orderBy({ appliedAt: 'desc', id: 'desc' }).offset(window.offset).limit(window.limit);
    return qb.getResultAndCount();
  }

  /** One grant: public once approved; before that, fund staff and the project's side. */
  async get(viewer: Viewer | null, rawId: string): Promise<FundGrant> {
    const id = idOrNull(rawId);
    const grant = id ? await this.em.findOne(FundGrant, id) : null;
    if (!grant) throw DomainError.notFound(M.grant);
    if (grant.status === GrantStatus.APPROVED || grant.status === GrantStatus.CANCELLED || isFundStaff(viewer)) return grant;
    if (!(await speaksForProjects(this.em, viewer, [grant.project.id])).has(grant.project.id)) throw DomainError.notFound(M.grant);
    return grant;
  }

  /** Donations, newest first (public: who gave is shown only where they agreed). */
  async donations(window: PageWindow): Promise<[FundDonation[], number]> {
    return this.em.findAndCount(FundDonation, {}, { orderBy: { receivedOn: 'desc', recordedAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
  }

  /** The ledger itself, newest first (public). */
  async ledger(window: PageWindow): Promise<[FundLedgerEntry[], number]> {
    return this.em.findAndCount(FundLedgerEntry, {}, { orderBy: { recordedAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
  }

  private async lockedGrant(tx: EntityManager, rawId: string): Promise<FundGrant> {
    const id = idOrNull(rawId);
    const grant = id ? await tx.findOne(FundGrant, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
    if (!grant) throw DomainError.notFound(M.grant);
    return grant;
  }

  /** Four eyes: the applicant never decides on their own application; only one under consideration can be decided. */
  private checkDecider(viewer: Viewer, grant: FundGrant): void {
    if (grant.appliedBy.id === viewer.userId) {
      throw oneUserError(null, UserErrorCode.INVALID_STATE, M.applicantCannotDecide);
    }
    if (grant.status !== GrantStatus.APPLIED) throw oneUserError(null, UserErrorCode.INVALID_STATE, M.grantAlreadyDecided);
  }
}

const ALREADY_REVERSED = () => oneUserError('input.entryId', UserErrorCode.INVALID_STATE, M.alreadyReversed);

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { isValidPhone, normalisePhone } from '../../core/privacy/masking.js';
import { checkEmail, checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { BankContact } from './bank-contact.entity.js';
import { BankProduct } from './bank-product.entity.js';
import { BankProductKind, BankProductStatus, FinancingAudience } from './bank.enums.js';
import { BANK_MESSAGES as M } from './bank.messages.js';
import type { BankContactInput, BankProductFilterArgs, BankProductInput, BankProductVisibilityInput } from './bank.inputs.js';
import type { bankLoaders } from './bank.loaders.js';

type Loaders = ReturnType<typeof bankLoaders>;

/** The town: its administrators and the town-office roles. They may feature and hide products and read the scorecard. */
export const TOWN_ROLES: readonly Role[] = [Role.ADMIN, Role.REVIEWER, Role.COORDINATOR];

export const isTown = (viewer: Viewer | null): boolean => viewer !== null && TOWN_ROLES.includes(viewer.role);


/** Largest amount the platform takes (yuan); fits a 32-bit GraphQL Int. */
export const MAX_AMOUNT = 2_000_000_000;
export const MAX_TERM_MONTHS = 360;
/** Indicative annual rates above this are surely a typo. */
export const MAX_RATE_PERCENT = 24;

const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** The liaison's branch; a liaison account without one (should not exist) may do nothing. */
export function branchOf(viewer: Viewer): string {
  if (viewer.role !== Role.BANK_LIAISON || !viewer.organisationId) throw DomainError.forbidden();
  return viewer.organisationId;
}

export function checkInt(errors: FieldErrors, field: string, value: number | null | undefined, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.addText(field, UserErrorCode.OUT_OF_RANGE, M.wholeNumberBetween(min.toLocaleString('en-US'), max.toLocaleString('en-US')));
    return null;
  }
  return value;
}

/** Percent (3.45) to basis points (345), checked. */
export function checkRate(errors: FieldErrors, field: string, percent: number | null | undefined): number | null {
  if (percent === null || percent === undefined) return null;
  if (!Number.isFinite(percent) || percent <= 0 || percent > MAX_RATE_PERCENT || Math.abs(percent * 100 - Math.round(percent * 100)) > 1e-6) {
    errors.addText(field, UserErrorCode.OUT_OF_RANGE, M.rateOutOfRange(MAX_RATE_PERCENT));
    return null;
  }
  return Math.round(percent * 100);
}

function checkRange(errors: FieldErrors, minField: string, min: number | null, max: number | null, what: LocalisedText): void {
  if (min !== null && max !== null && min > max) errors.addText(minField, UserErrorCode.OUT_OF_RANGE, M.lowestAboveHighest(what));
}

export class BankService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  // ----- branches and contacts -----

  /** The partner branches: public directory data. */
  async listBranches(window: PageWindow): Promise<[Organisation[], number]> {
    return this.em.findAndCount(Organisation, { kind: OrganisationKind.BANK_BRANCH }, { orderBy: { nameZh: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }

  /**
   * A contact's phone in full: for the branch itself, the town, and applicants who sent a
   * request to the branch (they need to call). Everyone else sees it masked.
   */
  async seesContactPhone(viewer: Viewer | null, contact: BankContact): Promise<boolean> {
    if (!viewer) return false;
    if (isTown(viewer)) return true;
    if (viewer.role === Role.BANK_LIAISON) return viewer.organisationId === contact.branch.id;
    const key = viewer.role === Role.TALENT ? `talent:${viewer.userId}` : viewer.role === Role.ENTERPRISE_HR && viewer.organisationId ? `enterprise:${viewer.organisationId}` : null;
    if (!key) return false;
    return (await this.loaders.routedBranchIdsByApplicant.load(key)).has(contact.branch.id);
  }

  async saveContact(viewer: Viewer, input: BankContactInput): Promise<BankContact> {
    const branchId = branchOf(viewer);
    let contact: BankContact | null = null;
    if (input.id) {
      contact = await this.em.findOne(BankContact, { id: input.id, branch: branchId });
      if (!contact) throw DomainError.notFound(M.contact);
    }
    const errors = new FieldErrors();
    const name = checkText(errors, 'input.name', input.name, M.contactName);
    const titleZh = checkText(errors, 'input.titleZh', input.titleZh, M.contactTitleZh, 100);
    const titleEn = checkText(errors, 'input.titleEn', input.titleEn, M.contactTitleEn, 100);
    const rawPhone = input.phone.trim();
    let phone = '';
    if (!rawPhone) errors.addText('input.phone', UserErrorCode.REQUIRED, M.phoneMissing);
    else if (isValidPhone(rawPhone)) phone = normalisePhone(rawPhone);
    else if (LANDLINE.test(rawPhone.replace(/\s/g, ''))) phone = rawPhone.replace(/\s/g, '');
    else errors.addText('input.phone', UserErrorCode.INVALID, M.phoneInvalid);
    const email = input.email?.trim() ? checkEmail(errors, 'input.email', input.email) : null;
    errors.throwIfAny();
    return this.em.transactional(async (em) => {
      const target = contact
        ? Object.assign(await em.findOneOrFail(BankContact, contact.id), { name, titleZh, titleEn, phone, email })
        : em.create(BankContact, { branch: em.getReference(Organisation, branchId), name, titleZh, titleEn, phone, email });
      if (input.primary) {
        await em.nativeUpdate(BankContact, { branch: branchId, primary: true, id: { $ne: target.id } }, { primary: false });
        target.primary = true;
      } else if (input.primary === false) target.primary = false;
      return target;
    });
  }

  async removeContact(viewer: Viewer, id: string): Promise<void> {
    const branchId = branchOf(viewer);
    const removed = await this.em.nativeDelete(BankContact, { id, branch: branchId });
    if (removed === 0) throw DomainError.notFound(M.contact);
  }

  // ----- products -----

  /** Published products that are not hidden: for everyone. The town may ask for hidden ones too. */
  async listProducts(viewer: Viewer | null, filter: BankProductFilterArgs, window: PageWindow): Promise<[BankProduct[], number]> {
    const where: Record<string, unknown> = { status: BankProductStatus.PUBLISHED };
    if (!(filter.includeHidden && isTown(viewer))) where.hidden = false;
    if (filter.kind) where.kind = filter.kind;
    if (filter.audience) where.audience = filter.audience;
    if (filter.branchId) where.branch = filter.branchId;
    if (filter.featuredOnly) where.featured = true;
    const and: Record<string, unknown>[] = [];
    if (filter.amount != null) {
      and.push({ $or: [{ minAmount: null }, { minAmount: { $lte: filter.amount } }] }, { $or: [{ maxAmount: null }, { maxAmount: { $gte: filter.amount } }] });
    }
    if (filter.termMonths != null) {
      and.push({ $or: [{ minTermMonths: null }, { minTermMonths: { $lte: filter.termMonths } }] }, { $or: [{ maxTermMonths: null }, { maxTermMonths: { $gte: filter.termMonths } }] });
    }
    if (and.length) where.$and = and;
    return this.em.findAndCount(BankProduct, where, {
      orderBy: { featured: 'desc', kind: 'asc', nameZh: 'asc', id: 'asc' },
      offset: window.offset,
      limit: window.limit,
    });
  }

  /** The liaison's own branch's products, every status. */
  async myProducts(viewer: Viewer, window: PageWindow): Promise<[BankProduct[], number]> {
    return this.em.findAndCount(BankProduct, { branch: branchOf(viewer) }, { orderBy: { updatedAt: 'desc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }

  static canSeeProduct(viewer: Viewer | null, product: BankProduct): boolean {
    if (viewer?.role === Role.BANK_LIAISON && viewer.organisationId === product.branch.id) return true;
    if (product.status !== BankProductStatus.PUBLISHED) return false;
    return !product.hidden || isTown(viewer);
  }

  async product(viewer: Viewer | null, id: string): Promise<BankProduct | null> {
    const product = await this.loaders.bankProductById.load(id);
    return product && BankService.canSeeProduct(viewer, product) ? product : null;
  }

  private async ownProductOrFail(viewer: Viewer, id: string): Promise<BankProduct> {
    const branchId = branchOf(viewer);
    const product = await this.em.findOne(BankProduct, { id, branch: branchId });
    if (!product) throw DomainError.notFound(M.bankProduct);
    return product;
  }

  private checkProduct(input: BankProductInput) {
    const errors = new FieldErrors();
    const values = {
      kind: input.kind,
      audience: input.audience,
      nameZh: checkText(errors, 'input.nameZh', input.nameZh, M.productNameZh, 100),
      nameEn: checkText(errors, 'input.nameEn', input.nameEn, M.productNameEn, 100),
      summaryZh: checkText(errors, 'input.summaryZh', input.summaryZh, M.productSummaryZh, 500),
      summaryEn: checkText(errors, 'input.summaryEn', input.summaryEn, M.productSummaryEn, 1000),
      requirementsZh: checkText(errors, 'input.requirementsZh', input.requirementsZh, M.productRequirementsZh, 2000),
      requirementsEn: checkText(errors, 'input.requirementsEn', input.requirementsEn, M.productRequirementsEn, 4000),
      minAmount: checkInt(errors, 'input.minAmount', input.minAmount, 1, MAX_AMOUNT),
      maxAmount: checkInt(errors, 'input.maxAmount', input.maxAmount, 1, MAX_AMOUNT),
      minTermMonths: checkInt(errors, 'input.minTermMonths', input.minTermMonths, 1, MAX_TERM_MONTHS),
      maxTermMonths: checkInt(errors, 'input.maxTermMonths', input.maxTermMonths, 1, MAX_TERM_MONTHS),
      minRateBp: checkRate(errors, 'input.minRatePercent', input.minRatePercent),
      maxRateBp: checkRate(errors, 'input.maxRatePercent', input.maxRatePercent),
    };
    checkRange(errors, 'input.minAmount', values.minAmount, values.maxAmount, M.amount);
    checkRange(errors, 'input.minTermMonths', values.minTermMonths, values.maxTermMonths, M.term);
    checkRange(errors, 'input.minRatePercent', values.minRateBp, values.maxRateBp, M.rate);
    const talentKind = input.kind === BankProductKind.TALENT_HOUSING_LOAN || input.kind === BankProductKind.TALENT_CONSUMER_LOAN;
    if (talentKind && input.audience !== FinancingAudience.TALENT) {
      errors.addText('input.audience', UserErrorCode.INVALID, M.talentLoanForTalent);
    }
    errors.throwIfAny();
    return values;
  }

  async createProduct(viewer: Viewer, input: BankProductInput): Promise<BankProduct> {
    const branchId = branchOf(viewer);
    const values = this.checkProduct(input);
    const product = this.em.create(BankProduct, { ...values, branch: this.em.getReference(Organisation, branchId) });
    await this.em.flush();
    return product;
  }

  async updateProduct(viewer: Viewer, id: string, input: BankProductInput): Promise<BankProduct> {
    const product = await this.ownProductOrFail(viewer, id);
    Object.assign(product, this.checkProduct(input));
    await this.em.flush();
    return product;
  }

  async setProductStatus(viewer: Viewer, id: string, status: BankProductStatus): Promise<BankProduct> {
    const product = await this.ownProductOrFail(viewer, id);
    product.status = status;
    if (status === BankProductStatus.PUBLISHED && !product.publishedAt) product.publishedAt = new Date();
    await this.em.flush();
    return product;
  }

  /** The town features or hides a published product (drafts are the branch's business). */
  async setVisibility(viewer: Viewer, input: BankProductVisibilityInput): Promise<BankProduct> {
    if (!isTown(viewer)) throw DomainError.forbidden();
    const product = await this.em.findOne(BankProduct, { id: input.productId, status: { $ne: BankProductStatus.DRAFT } });
    if (!product) throw DomainError.notFound(M.bankProduct);
    if (input.featured !== null && input.featured !== undefined) product.featured = input.featured;
    if (input.hidden !== null && input.hidden !== undefined) product.hidden = input.hidden;
    await this.em.flush();
    return product;
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { isValidPhone, normalisePhone } from '../../core/privacy/masking.js';
import { checkEmail, checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { BankContact } from './bank-contact.entity.js';
import { BankProduct } from './bank-product.entity.js';
import { BankProductKind, BankProductStatus, FinancingAudience } from './bank.enums.js';
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
    errors.add(field, UserErrorCode.OUT_OF_RANGE, `请填写 ${min.toLocaleString('en-US')} 到 ${max.toLocaleString('en-US')} 之间的整数。`, `Enter a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`);
    return null;
  }
  return value;
}

/** Percent (3.45) to basis points (345), checked. */
export function checkRate(errors: FieldErrors, field: string, percent: number | null | undefined): number | null {
  if (percent === null || percent === undefined) return null;
  if (!Number.isFinite(percent) || percent <= 0 || percent > MAX_RATE_PERCENT || Math.abs(percent * 100 - Math.round(percent * 100)) > 1e-6) {
    errors.add(field, UserErrorCode.OUT_OF_RANGE, `年利率应大于 0、不超过 ${MAX_RATE_PERCENT}%，最多两位小数。`, `The annual rate must be above 0 and at most ${MAX_RATE_PERCENT}%, with at most two decimals.`);
    return null;
  }
  return Math.round(percent * 100);
}

function checkRange(errors: FieldErrors, minField: string, min: number | null, max: number | null, zh: string, en: string): void {
  if (min !== null && max !== null && min > max) errors.add(minField, UserErrorCode.OUT_OF_RANGE, `${zh}下限不能大于上限。`, `The lowest ${en} cannot be above the highest.`);
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
      if (!contact) throw DomainError.notFound({ zh: '联系人', en: 'contact' });
    }
    const errors = new FieldErrors();
    const name = checkText(errors, 'input.name', input.name, { zh: '姓名', en: 'name' });
    const titleZh = checkText(errors, 'input.titleZh', input.titleZh, { zh: '职务（中文）', en: 'position in Chinese' }, 100);
    const titleEn = checkText(errors, 'input.titleEn', input.titleEn, { zh: '职务（英文）', en: 'position in English' }, 100);
    const rawPhone = input.phone.trim();
    let phone = '';
    if (!rawPhone) errors.add('input.phone', UserErrorCode.REQUIRED, '请填写电话。', 'Please enter the phone.');
    else if (isValidPhone(rawPhone)) phone = normalisePhone(rawPhone);
    else if (LANDLINE.test(rawPhone.replace(/\s/g, ''))) phone = rawPhone.replace(/\s/g, '');
    else errors.add('input.phone', UserErrorCode.INVALID, '电话应为 11 位手机号，或带区号的座机（如 021-56781234）。', 'Enter an 11-digit mobile or a landline with its area code (e.g. 021-56781234).');
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
    if (removed === 0) throw DomainError.notFound({ zh: '联系人', en: 'contact' });
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
    if (!product) throw DomainError.notFound({ zh: '金融产品', en: 'bank product' });
    return product;
  }

  private checkProduct(input: BankProductInput) {
    const errors = new FieldErrors();
    const values = {
      kind: input.kind,
      audience: input.audience,
      nameZh: checkText(errors, 'input.nameZh', input.nameZh, { zh: '中文名称', en: 'Chinese name' }, 100),
      nameEn: checkText(errors, 'input.nameEn', input.nameEn, { zh: '英文名称', en: 'English name' }, 100),
      summaryZh: checkText(errors, 'input.summaryZh', input.summaryZh, { zh: '中文简介', en: 'Chinese summary' }, 500),
      summaryEn: checkText(errors, 'input.summaryEn', input.summaryEn, { zh: '英文简介', en: 'English summary' }, 1000),
      requirementsZh: checkText(errors, 'input.requirementsZh', input.requirementsZh, { zh: '中文申请条件', en: 'Chinese requirements' }, 2000),
      requirementsEn: checkText(errors, 'input.requirementsEn', input.requirementsEn, { zh: '英文申请条件', en: 'English requirements' }, 4000),
      minAmount: checkInt(errors, 'input.minAmount', input.minAmount, 1, MAX_AMOUNT),
      maxAmount: checkInt(errors, 'input.maxAmount', input.maxAmount, 1, MAX_AMOUNT),
      minTermMonths: checkInt(errors, 'input.minTermMonths', input.minTermMonths, 1, MAX_TERM_MONTHS),
      maxTermMonths: checkInt(errors, 'input.maxTermMonths', input.maxTermMonths, 1, MAX_TERM_MONTHS),
      minRateBp: checkRate(errors, 'input.minRatePercent', input.minRatePercent),
      maxRateBp: checkRate(errors, 'input.maxRatePercent', input.maxRatePercent),
    };
    checkRange(errors, 'input.minAmount', values.minAmount, values.maxAmount, '金额', 'amount');
    checkRange(errors, 'input.minTermMonths', values.minTermMonths, values.maxTermMonths, '期限', 'term');
    checkRange(errors, 'input.minRatePercent', values.minRateBp, values.maxRateBp, '利率', 'rate');
    const talentKind = input.kind === BankProductKind.TALENT_HOUSING_LOAN || input.kind === BankProductKind.TALENT_CONSUMER_LOAN;
    if (talentKind && input.audience !== FinancingAudience.TALENT) {
      errors.add('input.audience', UserErrorCode.INVALID, '人才贷款类产品应面向人才。', 'Talent loans are for talent.');
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
    if (!product) throw DomainError.notFound({ zh: '金融产品', en: 'bank product' });
    if (input.featured !== null && input.featured !== undefined) product.featured = input.featured;
    if (input.hidden !== null && input.hidden !== undefined) product.hidden = input.hidden;
    await this.em.flush();
    return product;
  }
}

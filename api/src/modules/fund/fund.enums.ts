import { registerBilingualEnum, type EnumNames } from '../../core/graphql/enums.js';
import { NEED_CATEGORY_NAMES } from '../community/index.js';

/**
 * The five areas the community charity fund (社区公益基金会) funds, as the source lists them. The
 * values are the needs' categories of the same name, so a project's need says its area.
 */
export enum FundArea {
  LIVING_CIRCLE = 'LIVING_CIRCLE',
  MICRO_RENEWAL = 'MICRO_RENEWAL',
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILD_FRIENDLY = 'CHILD_FRIENDLY',
  HARDSHIP_RELIEF = 'HARDSHIP_RELIEF',
}

export const FUND_AREAS: readonly FundArea[] = Object.values(FundArea);

export const FUND_AREA_NAMES: EnumNames<FundArea> = {
  LIVING_CIRCLE: NEED_CATEGORY_NAMES.LIVING_CIRCLE,
  MICRO_RENEWAL: NEED_CATEGORY_NAMES.MICRO_RENEWAL,
  ELDERLY_CARE: NEED_CATEGORY_NAMES.ELDERLY_CARE,
  CHILD_FRIENDLY: NEED_CATEGORY_NAMES.CHILD_FRIENDLY,
  HARDSHIP_RELIEF: NEED_CATEGORY_NAMES.HARDSHIP_RELIEF,
};

registerBilingualEnum(FundArea, 'FundArea', '社区公益基金会资助的五个板块 / The five areas the community charity fund funds', FUND_AREA_NAMES);

export function isFundArea(value: string | null | undefined): value is FundArea {
  return FUND_AREAS.some((area) => area === value);
}

export enum DonorKind {
  ORGANISATION = 'ORGANISATION',
  INDIVIDUAL = 'INDIVIDUAL',
}

export const DONOR_KIND_NAMES: EnumNames<DonorKind> = {
  ORGANISATION: { zh: '单位', en: 'Organisation' },
  INDIVIDUAL: { zh: '个人', en: 'Individual' },
};

registerBilingualEnum(DonorKind, 'DonorKind', '捐赠人类别 / Who gave', DONOR_KIND_NAMES);

/**
 * A grant's life: applied for, approved by two different fund staff (APPROVED, which commits the
 * money in the ledger), or rejected; an approved grant with nothing paid can be cancelled, which
 * reverses its commitment. Money paid is never a status: it is read off the ledger.
 */
export enum GrantStatus {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

export const GRANT_STATUS_NAMES: EnumNames<GrantStatus> = {
  APPLIED: { zh: '待审批', en: 'Awaiting approval' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '未获批准', en: 'Rejected' },
  CANCELLED: { zh: '已撤销', en: 'Cancelled' },
};

registerBilingualEnum(GrantStatus, 'GrantStatus', '资助状态 / Where a grant stands', GRANT_STATUS_NAMES);

/** What a ledger entry records. A correction is an entry of the same kind with the opposite sign. */
export enum LedgerEntryKind {
  DONATION = 'DONATION',
  COMMITMENT = 'COMMITMENT',
  PAYMENT = 'PAYMENT',
}

export const LEDGER_ENTRY_KIND_NAMES: EnumNames<LedgerEntryKind> = {
  DONATION: { zh: '捐赠收入', en: 'Donation received' },
  COMMITMENT: { zh: '资助承诺（批准）', en: 'Grant committed (approved)' },
  PAYMENT: { zh: '资助拨付', en: 'Grant payment' },
};

registerBilingualEnum(LedgerEntryKind, 'LedgerEntryKind', '账目类别 / What a ledger entry records', LEDGER_ENTRY_KIND_NAMES);

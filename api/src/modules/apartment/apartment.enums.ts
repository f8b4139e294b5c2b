import { registerEnumType } from 'type-graphql';
import { registerBilingualEnum } from '../../core/graphql/enums.js';
import type { LocalisedText } from '../../core/errors/domain-error.js';

export enum UnitLayout {
  STUDIO = 'STUDIO',
  ONE_BEDROOM = 'ONE_BEDROOM',
  TWO_BEDROOM = 'TWO_BEDROOM',
  THREE_BEDROOM = 'THREE_BEDROOM',
}

export const LAYOUT_NAMES: Record<UnitLayout, LocalisedText> = {
  STUDIO: { zh: '开间', en: 'studio' },
  ONE_BEDROOM: { zh: '一室户', en: 'one-bedroom' },
  TWO_BEDROOM: { zh: '两室户', en: 'two-bedroom' },
  THREE_BEDROOM: { zh: '三室户', en: 'three-bedroom' },
};

registerBilingualEnum(UnitLayout, 'UnitLayout', '户型 / Layout of a flat', LAYOUT_NAMES);

export enum UnitStatus {
  AVAILABLE = 'AVAILABLE',
  RESERVED = 'RESERVED',
  OCCUPIED = 'OCCUPIED',
  MAINTENANCE = 'MAINTENANCE',
}

export const UNIT_STATUS_NAMES: Record<UnitStatus, LocalisedText> = {
  AVAILABLE: { zh: '空置可配', en: 'available' },
  RESERVED: { zh: '已发出配租通知', en: 'reserved for an offer' },
  OCCUPIED: { zh: '已出租', en: 'let' },
  MAINTENANCE: { zh: '维修中', en: 'under maintenance' },
};

registerEnumType(UnitStatus, {
  name: 'UnitStatus',
  description: '房源状态 / Where a unit stands',
  valuesConfig: {
    AVAILABLE: { description: '空置，可配给轮候的人 / Empty; offered to the next in line' },
    RESERVED: { description: '已向某位申请人发出配租通知，等待答复 / Offered to one applicant, awaiting their answer' },
    OCCUPIED: { description: '已签约出租 / Let under a lease' },
    MAINTENANCE: { description: '维修中，不配租 / Under maintenance; not offered' },
  },
});

export enum WaitlistStatus {
  WAITING = 'WAITING',
  OFFERED = 'OFFERED',
  HOUSED = 'HOUSED',
  LEFT = 'LEFT',
}

registerEnumType(WaitlistStatus, {
  name: 'WaitlistStatus',
  description: '轮候状态 / Where someone stands on the waitlist',
  valuesConfig: {
    WAITING: { description: '轮候中 / Waiting' },
    OFFERED: { description: '已收到配租通知，待答复 / Holding an offer, to answer' },
    HOUSED: { description: '已签约入住 / Housed under a lease' },
    LEFT: { description: '已退出轮候（如已另行配房）/ Left the waitlist (e.g. housed some other way)' },
  },
});

export enum OfferStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  LAPSED = 'LAPSED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: '配租通知状态 / Where an offer of a unit stands',
  valuesConfig: {
    PENDING: { description: '待答复 / Awaiting the answer' },
    ACCEPTED: { description: '已接受并签约 / Accepted; lease signed' },
    DECLINED: { description: '已谢绝，房源转给下一位 / Declined; the unit went to the next in line' },
    LAPSED: { description: '逾期未答复，房源转给下一位 / Not answered in time; the unit went to the next in line' },
    WITHDRAWN: { description: '已撤回（如房源转入维修）/ Withdrawn (e.g. the unit went into maintenance)' },
  },
});

export enum LeaseStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

registerEnumType(LeaseStatus, {
  name: 'LeaseStatus',
  description: '租约状态 / Where a lease stands',
  valuesConfig: {
    ACTIVE: { description: '履行中 / In force' },
    ENDED: { description: '已退租 / Ended; the tenant moved out' },
  },
});

export enum SettlementStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
}

registerEnumType(SettlementStatus, {
  name: 'SettlementStatus',
  description: '结算批次状态 / Where a settlement batch stands',
  valuesConfig: {
    DRAFT: { description: '草稿，可删除重算 / Draft; may be deleted and computed again' },
    APPROVED: { description: '已审核，明细锁定 / Approved; its lines are fixed' },
    PAID: { description: '已付款给运营方 / Paid to the operator' },
  },
});

export { SUBSIDY_CATEGORIES, type SubsidyCategoryName } from '../policy/index.js';

export enum SubsidyCategory {
  STANDARD = 'STANDARD',
  OVERSEAS_EXCELLENT = 'OVERSEAS_EXCELLENT',
}

registerEnumType(SubsidyCategory, {
  name: 'SubsidyCategory',
  description: '租金补贴类别 / Which rent subsidy applies',
  valuesConfig: {
    STANDARD: { description: '其他企业人才（按规则数据，现为租金 30%、每月最高 1000 元）/ Other enterprise talent (per the rule data; now 30% of rent, at most 1,000 yuan a month)' },
    OVERSEAS_EXCELLENT: { description: '优秀海外人才（按规则数据，现为租金 50%、每月最高 2000 元）/ Excellent overseas talent (per the rule data; now 50% of rent, at most 2,000 yuan a month)' },
  },
});

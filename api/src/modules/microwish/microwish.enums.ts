import { registerBilingualEnum, type EnumNames } from '../../core/graphql/enums.js';

/** Whom a wish helps; the source's examples are gifts for residents over 80 and help for families in hardship. */
export enum WishCategory {
  ELDERLY = 'ELDERLY',
  HARDSHIP = 'HARDSHIP',
  CHILDREN = 'CHILDREN',
  DISABILITY = 'DISABILITY',
  OTHER = 'OTHER',
}

export const WISH_CATEGORY_NAMES: EnumNames<WishCategory> = {
  ELDERLY: { zh: '高龄、独居老人', en: 'Older residents (over 80, living alone)' },
  HARDSHIP: { zh: '困难家庭', en: 'Families in hardship' },
  CHILDREN: { zh: '儿童青少年', en: 'Children and young people' },
  DISABILITY: { zh: '残障人士', en: 'People with disabilities' },
  OTHER: { zh: '其他居民', en: 'Other residents' },
};

registerBilingualEnum(WishCategory, 'WishCategory', '微心愿帮助的对象 / Whom a micro-wish helps', WISH_CATEGORY_NAMES);

/**
 * A wish's life: posted (OPEN), taken by one claimant (CLAIMED), confirmed delivered by the
 * place's community worker (FULFILLED); or withdrawn by the worker before that.
 */
export enum WishStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  FULFILLED = 'FULFILLED',
  WITHDRAWN = 'WITHDRAWN',
}

export const WISH_STATUS_NAMES: EnumNames<WishStatus> = {
  OPEN: { zh: '待认领', en: 'Open' },
  CLAIMED: { zh: '已认领', en: 'Claimed' },
  FULFILLED: { zh: '已圆梦', en: 'Fulfilled' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
};

registerBilingualEnum(WishStatus, 'WishStatus', '微心愿状态 / Where a micro-wish stands', WISH_STATUS_NAMES);

/**
 * How the gift reaches the resident. It decides what the claimant learns: handing over at the
 * village or residents' committee needs no address at all; a home visit needs the address.
 */
export enum WishHandover {
  AT_PLACE_OFFICE = 'AT_PLACE_OFFICE',
  HOME_VISIT = 'HOME_VISIT',
}

export const WISH_HANDOVER_NAMES: EnumNames<WishHandover> = {
  AT_PLACE_OFFICE: { zh: '送到村（居）委会，由社区工作者转交', en: 'Brought to the village or residents\' committee, which hands it over' },
  HOME_VISIT: { zh: '由社区工作者陪同上门送达', en: 'Delivered at home, with the community worker' },
};

registerBilingualEnum(WishHandover, 'WishHandover', '心愿礼物如何交到居民手中 / How the gift reaches the resident', WISH_HANDOVER_NAMES);

/** Who may claim a wish: a member organisation, a Party member or a registered volunteer. */
export enum ClaimantKind {
  ORGANISATION = 'ORGANISATION',
  PARTY_MEMBER = 'PARTY_MEMBER',
  VOLUNTEER = 'VOLUNTEER',
}

export const CLAIMANT_KIND_NAMES: EnumNames<ClaimantKind> = {
  ORGANISATION: { zh: '成员单位', en: 'Member organisation' },
  PARTY_MEMBER: { zh: '党员', en: 'Party member' },
  VOLUNTEER: { zh: '志愿者', en: 'Volunteer' },
};

registerBilingualEnum(ClaimantKind, 'ClaimantKind', '认领人类别 / Who claimed a wish', CLAIMANT_KIND_NAMES);

import { registerBilingualEnum, type EnumNames } from '../../core/graphql/enums.js';

/** The 四项清单 (four lists) whose procedure pairing agreements follow; each commitment is of one kind. */
export enum CommitmentKind {
  PRACTICAL_MATTER = 'PRACTICAL_MATTER',
  PAIRING = 'PAIRING',
  RESPONSIBILITY = 'RESPONSIBILITY',
  POST = 'POST',
}

export const COMMITMENT_KIND_NAMES: EnumNames<CommitmentKind> = {
  PRACTICAL_MATTER: { zh: '实事', en: 'Practical matter' },
  PAIRING: { zh: '结对', en: 'Pairing' },
  RESPONSIBILITY: { zh: '责任', en: 'Responsibility' },
  POST: { zh: '岗位', en: 'Post' },
};

registerBilingualEnum(CommitmentKind, 'CommitmentKind', '承诺事项类别（“四项清单”：实事、结对、责任、岗位）/ Kind of commitment (the four lists: practical matters, pairings, responsibilities, posts)', COMMITMENT_KIND_NAMES);

/** How a yearly review judges an agreement as a whole. */
export enum ReviewRating {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}

export const REVIEW_RATING_NAMES: EnumNames<ReviewRating> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent' },
  GOOD: { zh: '良好', en: 'Good' },
  FAIR: { zh: '一般', en: 'Fair' },
  POOR: { zh: '较差', en: 'Poor' },
};

registerBilingualEnum(ReviewRating, 'ReviewRating', '年度评议等次 / Overall rating of a yearly review', REVIEW_RATING_NAMES);

/** How far one commitment was kept in the reviewed year. */
export enum CommitmentOutcome {
  MET = 'MET',
  PARTLY_MET = 'PARTLY_MET',
  NOT_MET = 'NOT_MET',
}

export const COMMITMENT_OUTCOME_NAMES: EnumNames<CommitmentOutcome> = {
  MET: { zh: '已完成', en: 'Met' },
  PARTLY_MET: { zh: '部分完成', en: 'Partly met' },
  NOT_MET: { zh: '未完成', en: 'Not met' },
};

registerBilingualEnum(CommitmentOutcome, 'CommitmentOutcome', '承诺事项的年度完成情况 / How far a commitment was kept in the year', COMMITMENT_OUTCOME_NAMES);

/** What a need is about: the charity fund's five areas, and anything else. */
export enum NeedCategory {
  LIVING_CIRCLE = 'LIVING_CIRCLE',
  MICRO_RENEWAL = 'MICRO_RENEWAL',
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILD_FRIENDLY = 'CHILD_FRIENDLY',
  HARDSHIP_RELIEF = 'HARDSHIP_RELIEF',
  OTHER = 'OTHER',
}

export const NEED_CATEGORY_NAMES: EnumNames<NeedCategory> = {
  LIVING_CIRCLE: { zh: '15分钟生活圈', en: '15-minute living circle' },
  MICRO_RENEWAL: { zh: '街区社区微更新', en: 'Small renewals of streets and estates' },
  ELDERLY_CARE: { zh: '为老服务', en: 'Services for the elderly' },
  CHILD_FRIENDLY: { zh: '儿童友好', en: 'Child-friendly places' },
  HARDSHIP_RELIEF: { zh: '优抚帮困', en: 'Help for families in hardship' },
  OTHER: { zh: '其他', en: 'Other' },
};

registerBilingualEnum(NeedCategory, 'NeedCategory', '需求类别：社区公益基金会的五个板块及其他 / What a need is about: the community charity fund\'s five areas, or other', NEED_CATEGORY_NAMES);

/** Kinds of resource a need asks for; each has its own unit. */
export enum ResourceKind {
  MONEY = 'MONEY',
  VOLUNTEERS = 'VOLUNTEERS',
  EXPERTISE = 'EXPERTISE',
  VENUE = 'VENUE',
  GOODS = 'GOODS',
}

export const RESOURCE_KIND_NAMES: EnumNames<ResourceKind> = {
  MONEY: { zh: '资金（元）', en: 'Money (yuan)' },
  VOLUNTEERS: { zh: '志愿者（人）', en: 'Volunteers (people)' },
  EXPERTISE: { zh: '专业支持（人次）', en: 'Expertise (sessions)' },
  VENUE: { zh: '场地（场次）', en: 'Venue (sessions)' },
  GOODS: { zh: '物资（件）', en: 'Goods (items)' },
};

registerBilingualEnum(ResourceKind, 'ResourceKind', '所需资源类型；数量单位：资金为元，志愿者为人，专业支持和场地为场次，物资为件 / Kind of resource; units: yuan, people, sessions, sessions, items', RESOURCE_KIND_NAMES);

/** Where a need stands: open to claims, fully claimed, completed, or withdrawn. */
export enum NeedStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export const NEED_STATUS_NAMES: EnumNames<NeedStatus> = {
  OPEN: { zh: '待认领', en: 'Open' },
  CLAIMED: { zh: '已认领满', en: 'Fully claimed' },
  COMPLETED: { zh: '已完成', en: 'Completed' },
  CANCELLED: { zh: '已撤回', en: 'Withdrawn' },
};

registerBilingualEnum(NeedStatus, 'NeedStatus', '需求状态 / Where a need stands', NEED_STATUS_NAMES);

export enum ProjectStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
  COMPLETED = 'COMPLETED',
}

export const PROJECT_STATUS_NAMES: EnumNames<ProjectStatus> = {
  IN_PROGRESS: { zh: '实施中', en: 'In progress' },
  AWAITING_CONFIRMATION: { zh: '待社区确认', en: 'Awaiting the community\'s confirmation' },
  COMPLETED: { zh: '已完成', en: 'Completed' },
};

registerBilingualEnum(ProjectStatus, 'ProjectStatus', '项目状态 / Where a project stands', PROJECT_STATUS_NAMES);

/** The three levels of 区域化党建联席会议 ("镇—片区—村" in the source document). */
export enum MeetingLevel {
  TOWN = 'TOWN',
  AREA = 'AREA',
  VILLAGE = 'VILLAGE',
}

export const MEETING_LEVEL_NAMES: EnumNames<MeetingLevel> = {
  TOWN: { zh: '镇级', en: 'Town' },
  AREA: { zh: '片区级', en: 'Area' },
  VILLAGE: { zh: '村居级', en: 'Village / residential area' },
};

registerBilingualEnum(
  MeetingLevel,
  'MeetingLevel',
  '联席会议层级（镇、片区、村居）。镇级和片区级由协调人、管理员登记和修改；村居级由该村居的社区工作者或协调人、管理员登记和修改 / Level of a joint meeting (town, area, village). Coordinators and administrators record and edit town- and area-level meetings; a village-level meeting is recorded and edited by that village\'s or residential area\'s community workers, or by coordinators and administrators',
  MEETING_LEVEL_NAMES,
);

/** Where a decision of a joint meeting stands. */
export enum DecisionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

export const DECISION_STATUS_NAMES: EnumNames<DecisionStatus> = {
  OPEN: { zh: '待落实', en: 'Open' },
  DONE: { zh: '已落实', en: 'Done' },
};

registerBilingualEnum(DecisionStatus, 'DecisionStatus', '会议决定的落实情况 / Where a meeting decision stands', DECISION_STATUS_NAMES);

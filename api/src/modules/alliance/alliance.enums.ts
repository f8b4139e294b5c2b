import { registerEnumType } from 'type-graphql';

export enum AllianceEventKind {
  LECTURE = 'LECTURE',
  VISIT = 'VISIT',
  EXCHANGE = 'EXCHANGE',
  TRAINING = 'TRAINING',
  MEETING = 'MEETING',
}

registerEnumType(AllianceEventKind, {
  name: 'AllianceEventKind',
  description: '活动类型 / Kind of alliance event',
  valuesConfig: {
    LECTURE: { description: '理论宣讲（如理论宣讲进企业）/ Lecture (e.g. theory lectures held inside enterprises)' },
    VISIT: { description: '参观体验（如世界人工智能大会体验）/ Visit (e.g. the World AI Conference)' },
    EXCHANGE: { description: '学习互鉴交流 / Learning exchange' },
    TRAINING: { description: '培训（含干部培养交流课程）/ Training (including cadre exchange sessions)' },
    MEETING: { description: '联席会议 / Joint meeting' },
  },
});

export enum AllianceEventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}

registerEnumType(AllianceEventStatus, {
  name: 'AllianceEventStatus',
  description: '活动状态 / Status of an alliance event',
  valuesConfig: {
    DRAFT: { description: '草稿，仅协调人可见 / Draft, seen by coordinators only' },
    PUBLISHED: { description: '已发布 / Published' },
    CANCELLED: { description: '已取消 / Cancelled' },
    COMPLETED: { description: '已结束 / Completed' },
  },
});

export enum RegistrationStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: '报名状态 / Status of an event registration',
  valuesConfig: {
    REGISTERED: { description: '已报名，占有座位 / Registered, holding a seat' },
    WAITLISTED: { description: '候补中 / On the waitlist' },
    CANCELLED: { description: '已取消 / Cancelled' },
  },
});

export enum SeatKind {
  RESERVED = 'RESERVED',
  OPEN = 'OPEN',
}

registerEnumType(SeatKind, {
  name: 'SeatKind',
  description: '座位来源 / Where a registered seat comes from',
  valuesConfig: {
    RESERVED: { description: '本企业预留座位 / One of the enterprise\'s reserved seats' },
    OPEN: { description: '公开座位 / An open seat' },
  },
});

export enum CadreNominationStatus {
  NOMINATED = 'NOMINATED',
  SELECTED = 'SELECTED',
  NOT_SELECTED = 'NOT_SELECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(CadreNominationStatus, {
  name: 'CadreNominationStatus',
  description: '干部培养交流推荐状态 / Status of a cadre-exchange nomination',
  valuesConfig: {
    NOMINATED: { description: '已推荐，待遴选 / Nominated, awaiting selection' },
    SELECTED: { description: '已入选 / Selected' },
    NOT_SELECTED: { description: '未入选 / Not selected' },
    WITHDRAWN: { description: '已撤回 / Withdrawn' },
  },
});

export enum EnterpriseSize {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

registerEnumType(EnterpriseSize, {
  name: 'EnterpriseSize',
  description: '企业规模 / Enterprise size',
  valuesConfig: {
    MICRO: { description: '微型（<20 人）/ Micro (under 20 staff)' },
    SMALL: { description: '小型（20–99 人）/ Small (20–99 staff)' },
    MEDIUM: { description: '中型（100–999 人）/ Medium (100–999 staff)' },
    LARGE: { description: '大型（≥1000 人）/ Large (1,000 staff or more)' },
  },
});

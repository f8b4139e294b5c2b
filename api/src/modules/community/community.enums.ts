import { registerEnumType } from 'type-graphql';

/** Bilingual names of enum values, shared by the schema descriptions, exports and messages. */
export type Names<E extends string> = Record<E, { zh: string; en: string }>;

function register<E extends string>(values: Record<string, E>, name: string, description: string, names: Names<E>): void {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(names).map(([k, v]) => [k, { description: `${(v as { zh: string }).zh} / ${(v as { en: string }).en}` }])),
  });
}

/** The 四项清单 (four lists) whose procedure pairing agreements follow; each commitment is of one kind. */
export enum CommitmentKind {
  PRACTICAL_MATTER = 'PRACTICAL_MATTER',
  PAIRING = 'PAIRING',
  RESPONSIBILITY = 'RESPONSIBILITY',
  POST = 'POST',
}

export const COMMITMENT_KIND_NAMES: Names<CommitmentKind> = {
  PRACTICAL_MATTER: { zh: '实事', en: 'Practical matter' },
  PAIRING: { zh: '结对', en: 'Pairing' },
  RESPONSIBILITY: { zh: '责任', en: 'Responsibility' },
  POST: { zh: '岗位', en: 'Post' },
};

register(CommitmentKind, 'CommitmentKind', '承诺事项类别（“四项清单”：实事、结对、责任、岗位）/ Kind of commitment (the four lists: practical matters, pairings, responsibilities, posts)', COMMITMENT_KIND_NAMES);

/** How a yearly review judges an agreement as a whole. */
export enum ReviewRating {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}

export const REVIEW_RATING_NAMES: Names<ReviewRating> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent' },
  GOOD: { zh: '良好', en: 'Good' },
  FAIR: { zh: '一般', en: 'Fair' },
  POOR: { zh: '较差', en: 'Poor' },
};

register(ReviewRating, 'ReviewRating', '年度评议等次 / Overall rating of a yearly review', REVIEW_RATING_NAMES);

/** How far one commitment was kept in the reviewed year. */
export enum CommitmentOutcome {
  MET = 'MET',
  PARTLY_MET = 'PARTLY_MET',
  NOT_MET = 'NOT_MET',
}

export const COMMITMENT_OUTCOME_NAMES: Names<CommitmentOutcome> = {
  MET: { zh: '已完成', en: 'Met' },
  PARTLY_MET: { zh: '部分完成', en: 'Partly met' },
  NOT_MET: { zh: '未完成', en: 'Not met' },
};

register(CommitmentOutcome, 'CommitmentOutcome', '承诺事项的年度完成情况 / How far a commitment was kept in the year', COMMITMENT_OUTCOME_NAMES);

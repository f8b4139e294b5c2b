/**
 * Stable ids of the sample data, shared by the seed and the tests. Never reuse an id for
 * something else: tests and bookmarks depend on them.
 */

type Ids<N extends number, R extends string[] = []> = R['length'] extends N ? R : Ids<N, [...R, string]>;

/** Ids 1..count made by `id`, typed as exactly `count` of them: an index past the end does not compile. */
function ids<N extends number>(count: N, id: (n: number) => string): Readonly<Ids<N>> {
  return Array.from({ length: count }, (_, i) => id(i + 1)) as Ids<N>;
}

export const ORG = {
  townOffice: '00000000-0000-4000-8000-000000000001',
  shuMaterials: '00000000-0000-4000-8000-000000000002',
  /** The 12 alliance enterprises (sample names), in seed order. */
  enterprises: ids(12, (n) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`),
  /** The 11 Baoshan bank branches of the partnership, in seed order. */
  banks: ids(11, (n) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`),
} as const;

export const USER = {
  admin: '00000000-0000-4000-8000-000000001001',
  reviewer: '00000000-0000-4000-8000-000000001002',
  coordinator: '00000000-0000-4000-8000-000000001003',
  hr: '00000000-0000-4000-8000-000000001004',
  bank: '00000000-0000-4000-8000-000000001005',
  talent: '00000000-0000-4000-8000-000000001006',
  /** More talent with profiles, for lists and reviews. */
  talents: ids(4, (n) => `00000000-0000-4000-8000-00000000110${n}`),
  hr2: '00000000-0000-4000-8000-000000001007',
  /** Second bank liaison (bank partnership seed step), for sample bank branch 2. */
  bank2: '00000000-0000-4000-8000-000000001201',
} as const;

/** The one password of every sample account (documented in README). */
export const SAMPLE_PASSWORD = 'Yuepu-2026-demo';

export const SAMPLE_LOGINS = {
  admin: 'admin@yuepu.example',
  reviewer: 'reviewer@yuepu.example',
  coordinator: 'coordinator@yuepu.example',
  hr: 'hr@yuepu.example',
  hr2: 'hr2@yuepu.example',
  bank: 'bank@yuepu.example',
  bank2: 'bank2@yuepu.example',
  talent: 'talent@yuepu.example',
  talent2: 'talent2@yuepu.example',
  community: 'community@yuepu.example',
  community2: 'community2@yuepu.example',
} as const;

/** The tech alliance's sample events, cohort, nominations and registrations. */
export const ALLIANCE = {
  /** In seed order: see seeds/alliance-sample-data.ts. */
  events: ids(8, (n) => `00000000-0000-4000-8000-0000000030${String(n).padStart(2, '0')}`),
  cohort2026: '00000000-0000-4000-8000-000000003101',
  nominations: ids(2, (n) => `00000000-0000-4000-8000-0000000032${String(n).padStart(2, '0')}`),
  registrations: ids(10, (n) => `00000000-0000-4000-8000-0000000033${String(n).padStart(2, '0')}`),
} as const;

/** Ids of the policy block: 0000000040NN policies, 41NN their first versions, 42NN rule sets, 43NN rule versions. */
const policyBlockId = (block: 40 | 41 | 42 | 43, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;

const POLICY_KEYS = [
  'residencePoints',
  'hukouTransfer',
  'talentIntroduction',
  'graduateSettlement',
  'talentApartment',
  'housingSubsidy',
  'keyTalentIncentive',
  'cadreTraining',
  'bankPartnership',
] as const;

const RULE_SET_KEYS = [
  'residencePoints',
  'yearlyParameters',
  'residencePointsApplication',
  'hukouTransfer',
  'talentIntroduction',
  'graduateScore',
  'talentApartment',
  'housingSubsidy',
  'keyTalentIncentive',
  'cadreTraining',
  'bankPartnership',
] as const;

const idsOf = <K extends string>(keys: readonly K[], block: 40 | 41 | 42 | 43) =>
  Object.fromEntries(keys.map((k, i) => [k, policyBlockId(block, i + 1)])) as { readonly [P in K]: string };

/** The policy catalogue (seeds/policy-catalogue.ts). */
export const POLICY = idsOf(POLICY_KEYS, 40);
/** Version 1 of each policy. */
export const POLICY_VERSION = idsOf(POLICY_KEYS, 41);
export const RULE_SET = idsOf(RULE_SET_KEYS, 42);
/** Version 1 of each rule set. */
export const RULE_VERSION = idsOf(RULE_SET_KEYS, 43);

/** The bank partnership's sample data (seeds/bank-sample-data.ts): 60NN contacts, 61NN products, 62NN requests, 63NN routes, 64NN answers, 65NN liaisons. */
const bankId = (block: 60 | 61 | 62 | 63 | 64 | 65, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;
export const BANK = {
  contacts: ids(13, (n) => bankId(60, n)),
  products: ids(14, (n) => bankId(61, n)),
  requests: ids(5, (n) => bankId(62, n)),
  routes: ids(12, (n) => bankId(63, n)),
  answers: ids(14, (n) => bankId(64, n)),
  /** One liaison account per branch, in branch order: bank@, bank2@ … bank11@yuepu.example. */
  liaisons: [USER.bank, USER.bank2, ...ids(9, (n) => bankId(65, n + 2))],
} as const;

/** Talent apartments (seeds/apartment-sample-data.ts): 70NN rule set and version, 71NN operators, 72NN projects, 73NN units. */
const apartmentId = (block: 70 | 71 | 72 | 73, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;
export const APARTMENT = {
  ruleSet: apartmentId(70, 1),
  ruleVersion: apartmentId(70, 2),
  operators: ids(2, (n) => apartmentId(71, n)),
  projects: ids(3, (n) => apartmentId(72, n)),
  units: ids(20, (n) => apartmentId(73, n)),
} as const;

/**
 * Community work (seeds/community-sample-data.ts): 80NN the 14 villages, 81NN the 27 residential
 * areas (both in seed order, real names first), 82NN community worker accounts.
 */
const communityId = (block: 80 | 81 | 82, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;
export const COMMUNITY = {
  villages: ids(14, (n) => communityId(80, n)),
  residentialAreas: ids(27, (n) => communityId(81, n)),
  /** community@ (庆安四村) and community2@ (长春村). */
  workers: ids(2, (n) => communityId(82, n)),
} as const;

/** Joint meetings (seeds/meeting-sample-data.ts): 83NN meetings, 84NN agenda items, 85NN decisions. */
const meetingId = (block: 83 | 84 | 85, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;
export const MEETING = {
  /** A town-level meeting, then a village-level one at 长春村. */
  meetings: ids(2, (n) => meetingId(83, n)),
  agendaItems: ids(3, (n) => meetingId(84, n)),
  decisions: ids(3, (n) => meetingId(85, n)),
} as const;

/** Micro-wishes (seeds/microwish-sample-data.ts): 90NN wishes, 91NN their claims. */
const microWishId = (block: 90 | 91, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;
export const MICROWISH = {
  /** In seed order: two open and one claimed at 庆安四村, two fulfilled at 长春村. */
  wishes: ids(5, (n) => microWishId(90, n)),
  claims: ids(3, (n) => microWishId(91, n)),
} as const;

/** Charity fund (seeds/fund-sample-data.ts): f0NN sample donations (hex block, clear of the decimal ones). */
export const FUND = {
  donations: ids(10, (n) => `00000000-0000-4000-8000-00000000f0${String(n).padStart(2, '0')}`),
} as const;

/** Appointments (seeds/appointment-sample-data.ts): a0NN service points, a1NN services (hex blocks, clear of the decimal ones). */
export const APPOINTMENT = {
  /** The town's talent service window, then sample bank branches 1 and 2. */
  points: ids(3, (n) => `00000000-0000-4000-8000-00000000a0${String(n).padStart(2, '0')}`),
  /** Window: policy consultation and document hand-in, points pre-check; bank 1: housing-loan consultation; bank 2: tech-enterprise financing. */
  services: ids(4, (n) => `00000000-0000-4000-8000-00000000a1${String(n).padStart(2, '0')}`),
} as const;

/** Sample caps per application (seeds/application-sample-data.ts): b0NN rule versions (hex block, clear of the decimal ones). */
export const SAMPLE_CAP_VERSION = {
  housingSubsidy: '00000000-0000-4000-8000-00000000b001',
  keyTalentIncentive: '00000000-0000-4000-8000-00000000b002',
} as const;

/**
 * The item at `index` of a list the sample data walks in step with another (records and their
 * ids, rows naming an event by position): an index past the end is a mistake in the seed and throws.
 */
export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`sample data: no item ${index} in a list of ${list.length}`);
  return item;
}

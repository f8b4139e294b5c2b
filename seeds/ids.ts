/**
 * Stable ids of the sample data, shared by the seed and the tests. Never reuse an id for
 * something else: tests and bookmarks depend on them.
 */

export const ORG = {
  townOffice: '00000000-0000-4000-8000-000000000001',
  shuMaterials: '00000000-0000-4000-8000-000000000002',
  /** The 12 alliance enterprises (sample names), in seed order. */
  enterprises: Array.from({ length: 12 }, (_, i) => `00000000-0000-4000-8000-0000000001${String(i + 1).padStart(2, '0')}`),
  /** The 11 Baoshan bank branches of the partnership, in seed order. */
  banks: Array.from({ length: 11 }, (_, i) => `00000000-0000-4000-8000-0000000002${String(i + 1).padStart(2, '0')}`),
} as const;

export const USER = {
  admin: '00000000-0000-4000-8000-000000001001',
  reviewer: '00000000-0000-4000-8000-000000001002',
  coordinator: '00000000-0000-4000-8000-000000001003',
  hr: '00000000-0000-4000-8000-000000001004',
  bank: '00000000-0000-4000-8000-000000001005',
  talent: '00000000-0000-4000-8000-000000001006',
  /** More talent with profiles, for lists and reviews. */
  talents: Array.from({ length: 4 }, (_, i) => `00000000-0000-4000-8000-00000000110${i + 1}`),
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
  events: Array.from({ length: 8 }, (_, i) => `00000000-0000-4000-8000-0000000030${String(i + 1).padStart(2, '0')}`),
  cohort2026: '00000000-0000-4000-8000-000000003101',
  nominations: Array.from({ length: 2 }, (_, i) => `00000000-0000-4000-8000-0000000032${String(i + 1).padStart(2, '0')}`),
  registrations: Array.from({ length: 10 }, (_, i) => `00000000-0000-4000-8000-0000000033${String(i + 1).padStart(2, '0')}`),
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
  contacts: Array.from({ length: 13 }, (_, i) => bankId(60, i + 1)),
  products: Array.from({ length: 14 }, (_, i) => bankId(61, i + 1)),
  requests: Array.from({ length: 5 }, (_, i) => bankId(62, i + 1)),
  routes: Array.from({ length: 12 }, (_, i) => bankId(63, i + 1)),
  answers: Array.from({ length: 14 }, (_, i) => bankId(64, i + 1)),
  /** One liaison account per branch, in branch order: bank@, bank2@ … bank11@yuepu.example. */
  liaisons: [USER.bank, USER.bank2, ...Array.from({ length: 9 }, (_, i) => bankId(65, i + 3))],
} as const;

/** Talent apartments (seeds/apartment-sample-data.ts): 70NN rule set and version, 71NN operators, 72NN projects, 73NN units. */
const apartmentId = (block: 70 | 71 | 72 | 73, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;
export const APARTMENT = {
  ruleSet: apartmentId(70, 1),
  ruleVersion: apartmentId(70, 2),
  operators: Array.from({ length: 2 }, (_, i) => apartmentId(71, i + 1)),
  projects: Array.from({ length: 3 }, (_, i) => apartmentId(72, i + 1)),
  units: Array.from({ length: 20 }, (_, i) => apartmentId(73, i + 1)),
} as const;

/**
 * Community work (seeds/community-sample-data.ts): 80NN the 14 villages, 81NN the 27 residential
 * areas (both in seed order, real names first), 82NN community worker accounts.
 */
const communityId = (block: 80 | 81 | 82, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;
export const COMMUNITY = {
  villages: Array.from({ length: 14 }, (_, i) => communityId(80, i + 1)),
  residentialAreas: Array.from({ length: 27 }, (_, i) => communityId(81, i + 1)),
  /** community@ (庆安四村) and community2@ (长春村). */
  workers: Array.from({ length: 2 }, (_, i) => communityId(82, i + 1)),
} as const;

/** Joint meetings (seeds/meeting-sample-data.ts): 83NN meetings, 84NN agenda items, 85NN decisions. */
const meetingId = (block: 83 | 84 | 85, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;
export const MEETING = {
  /** A town-level meeting, then a village-level one at 长春村. */
  meetings: Array.from({ length: 2 }, (_, i) => meetingId(83, i + 1)),
  agendaItems: Array.from({ length: 3 }, (_, i) => meetingId(84, i + 1)),
  decisions: Array.from({ length: 3 }, (_, i) => meetingId(85, i + 1)),
} as const;

/** Micro-wishes (seeds/microwish-sample-data.ts): 90NN wishes, 91NN their claims. */
const microWishId = (block: 90 | 91, n: number) => `00000000-0000-4000-8000-00000000${block}${String(n).padStart(2, '0')}`;
export const MICROWISH = {
  /** In seed order: two open and one claimed at 庆安四村, two fulfilled at 长春村. */
  wishes: Array.from({ length: 5 }, (_, i) => microWishId(90, i + 1)),
  claims: Array.from({ length: 3 }, (_, i) => microWishId(91, i + 1)),
} as const;

/** Charity fund (seeds/fund-sample-data.ts): f0NN sample donations (hex block, clear of the decimal ones). */
export const FUND = {
  donations: Array.from({ length: 10 }, (_, i) => `00000000-0000-4000-8000-00000000f0${String(i + 1).padStart(2, '0')}`),
} as const;

/** Appointments (seeds/appointment-sample-data.ts): a0NN service points, a1NN services (hex blocks, clear of the decimal ones). */
export const APPOINTMENT = {
  /** The town's talent service window, then sample bank branches 1 and 2. */
  points: Array.from({ length: 3 }, (_, i) => `00000000-0000-4000-8000-00000000a0${String(i + 1).padStart(2, '0')}`),
  /** Window: policy consultation and document hand-in, points pre-check; bank 1: housing-loan consultation; bank 2: tech-enterprise financing. */
  services: Array.from({ length: 4 }, (_, i) => `00000000-0000-4000-8000-00000000a1${String(i + 1).padStart(2, '0')}`),
} as const;

/** Sample caps per application (seeds/application-sample-data.ts): b0NN rule versions (hex block, clear of the decimal ones). */
export const SAMPLE_CAP_VERSION = {
  housingSubsidy: '00000000-0000-4000-8000-00000000b001',
  keyTalentIncentive: '00000000-0000-4000-8000-00000000b002',
} as const;

// Rule data for the new-graduate settlement score (POLICY.md §2.3). Plain JSON, versioned.
import type { GraduateScoreRules } from './graduate-score.schema.js';

export const GRADUATE_DEGREES = ['BACHELOR', 'MASTER', 'DOCTOR'] as const;
export type GraduateDegree = (typeof GRADUATE_DEGREES)[number];

export const SCHOOL_CATEGORIES = ['CATEGORY_1', 'CATEGORY_2', 'OTHER'] as const;
export type SchoolCategory = (typeof SCHOOL_CATEGORIES)[number];

/** TOP_25 = top 25%, TOP_50 = 26–50%, TOP_75 = 51–75%, BOTTOM_25 = 76–100%. */
export const CLASS_RANKS = ['TOP_25', 'TOP_50', 'TOP_75', 'BOTTOM_25'] as const;
export type ClassRank = (typeof CLASS_RANKS)[number];

/** CET-6 counts from 425. */
export const LANGUAGE_LEVELS = ['NONE', 'CET4_OR_TEM4', 'CET6_OR_TEM8'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** Which certificate earns the lower or higher computer score is not in POLICY.md: see provenance. */
export const COMPUTER_LEVELS = ['NONE', 'LOWER', 'HIGHER'] as const;
export type ComputerLevel = (typeof COMPUTER_LEVELS)[number];

export const DIRECT_SETTLEMENT_CATEGORIES = [
  'NONE',
  'DOMESTIC_DOCTOR',
  'TOP_SIX_UNIVERSITY',
  'SHANGHAI_UNIVERSITY_MASTER',
  'SHANGHAI_DOUBLE_FIRST_CLASS_BACHELOR_IN_NEW_CITY_OR_TRANSFORMATION_AREA',
  'FIRST_CLASS_UNIVERSITY_MASTER',
] as const;
export type DirectSettlementCategory = (typeof DIRECT_SETTLEMENT_CATEGORIES)[number];

export const GRADUATE_INDICATORS = [
  'DEGREE',
  'SCHOOL',
  'CLASS_RANK',
  'FOREIGN_LANGUAGE',
  'COMPUTER',
  'EMPLOYER',
  'KEY_DISCIPLINE',
  'STUDIED_IN_SHANGHAI',
  'HONOURS_AND_COMPETITIONS',
  'INVENTION_PATENT',
  'GRASSROOTS_SERVICE',
  'STUDENT_STARTUP',
] as const;
export type GraduateIndicator = (typeof GRADUATE_INDICATORS)[number];

// The shape of this data, and its type, is graduate-score.schema.ts.
export type { GraduateScoreRules } from './graduate-score.schema.js';

export const DEFAULT_GRADUATE_SCORE_RULES: GraduateScoreRules = {
  legalBasis: '《非上海生源应届普通高校毕业生进沪就业申请本市户籍评分办法》（2020年版）',
  standardScore: 72,
  degree: { BACHELOR: 21, MASTER: 24, DOCTOR: 27 },
  school: { CATEGORY_1: 15, CATEGORY_2: 12, OTHER: 8 },
  classRank: { TOP_25: 8, TOP_50: 6, TOP_75: 4, BOTTOM_25: 2 },
  foreignLanguage: { NONE: 0, CET4_OR_TEM4: 7, CET6_OR_TEM8: 8 },
  computer: { points: { NONE: 0, LOWER: 6, HIGHER: 7 }, graduateStudentPoints: 7 },
  employer: 5,
  keyDiscipline: 3,
  studiedInShanghai: 2,
  honours: { national: 10, provincial: 5, school: 1, schoolMaxCount: 2, cap: 15 },
  inventionPatent: 5,
  grassrootsService: 5,
  studentStartup: 5,
  directSettlement: {
    legalBasis: '非上海生源应届高校毕业生直接落户（免评分）规定（2020 年扩大范围；文件名称和文号待核实）',
    categories: {
      DOMESTIC_DOCTOR: { description: { zh: '国内高校应届博士', en: 'Domestic new doctoral graduate' }, dependsOnWorkplaceZone: false },
      TOP_SIX_UNIVERSITY: {
        description: {
          zh: '清华、北大、复旦、上海交大、同济、华东师大本科及以上',
          en: 'Bachelor or above from Tsinghua, Peking, Fudan, SJTU, Tongji or ECNU',
        },
        dependsOnWorkplaceZone: false,
      },
      SHANGHAI_UNIVERSITY_MASTER: {
        description: { zh: '本市高校应届硕士', en: "New master's graduate of a Shanghai university" },
        dependsOnWorkplaceZone: false,
      },
      SHANGHAI_DOUBLE_FIRST_CLASS_BACHELOR_IN_NEW_CITY_OR_TRANSFORMATION_AREA: {
        description: {
          zh: '本市"双一流"高校本科生，在五个新城或南北转型地区工作',
          en: 'Shanghai "Double First-Class" bachelor working in the five new cities or a north/south transformation area',
        },
        dependsOnWorkplaceZone: true,
      },
      FIRST_CLASS_UNIVERSITY_MASTER: {
        description: { zh: '"一流大学建设高校"硕士', en: 'Master\'s graduate of a "First-Class University" institution' },
        dependsOnWorkplaceZone: false,
      },
    },
    yuepuEmployerInTransformationArea: null,
  },
  inputLimits: { maxCount: 50 },
  provenance: [
    { tag: 'V', note: 'Standard 72 and factor points: shenhus.com 4258; 92hukou.com 14776; m.hahafu.net 1308' },
    { tag: 'V-1', note: 'Student start-up +5 (≥10% equity, legal representative): 91luohu.com 6274' },
    {
      tag: 'INF',
      note: 'Computer skills "6–7 (graduate students 7)": graduate students get 7; for bachelors LOWER = 6, HIGHER = 7; the certificates behind each level need checking against the official text.',
    },
    { tag: 'INF', note: 'Invention patent, grassroots service and start-up count once each (no per-item multiplier given).' },
    { tag: 'V-1', note: 'Direct-settlement categories: niuxiu.net 3801; 2020 expansion per vmaya.com' },
    { tag: 'UNKNOWN', note: 'Whether 月浦 employers count as in the 南北转型 area for direct settlement: not configured.' },
  ],
};

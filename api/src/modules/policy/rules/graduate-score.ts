// New-graduate (应届毕业生) settlement score, standard 72 (POLICY.md §2.3).
import {
  type FieldError,
  type LocalisedText,
  type ScoreItem,
  PRELIMINARY_CHECK_NOTICE,
  assertValid,
  checkBoolean,
  checkNumber,
  checkOption,
} from './common.js';
import type { CriterionResult } from './criteria.js';
import {
  CLASS_RANKS,
  COMPUTER_LEVELS,
  DIRECT_SETTLEMENT_CATEGORIES,
  GRADUATE_DEGREES,
  LANGUAGE_LEVELS,
  SCHOOL_CATEGORIES,
  type ClassRank,
  type ComputerLevel,
  type DirectSettlementCategory,
  type GraduateDegree,
  type GraduateIndicator,
  type GraduateScoreRules,
  type LanguageLevel,
  type SchoolCategory,
} from './graduate-score.rules.js';

export interface GraduateScoreInput {
  degree: GraduateDegree;
  schoolCategory: SchoolCategory;
  classRank?: ClassRank;
  foreignLanguage?: LanguageLevel;
  computerLevel?: ComputerLevel;
  employerFactor?: boolean;
  keyDiscipline?: boolean;
  highestDegreeStudiedInShanghai?: boolean;
  nationalHonours?: number;
  provincialHonours?: number;
  schoolHonours?: number;
  inventionPatent?: boolean;
  grassrootsService?: boolean;
  studentStartup?: boolean;
  /** Omitted = not stated (UNKNOWN); NONE = stated not to qualify. */
  directSettlementCategory?: DirectSettlementCategory;
}

export type GraduateScoreItem = ScoreItem<GraduateIndicator>;

export interface GraduateScoreResult {
  total: number;
  standardScore: number;
  meetsStandard: boolean;
  items: GraduateScoreItem[];
  /** Direct settlement skips scoring altogether. */
  directSettlement: CriterionResult;
  disclaimer: LocalisedText;
}

const t = (zh: string, en: string): LocalisedText => ({ zh, en });

const FACTOR: Record<GraduateIndicator, LocalisedText> = {
  DEGREE: t('学历（学位）', 'Degree'),
  SCHOOL: t('学校', 'University'),
  CLASS_RANK: t('学业成绩排名', 'Class rank'),
  FOREIGN_LANGUAGE: t('外语水平', 'Foreign language'),
  COMPUTER: t('计算机水平', 'Computer skills'),
  EMPLOYER: t('用人单位', 'Employer'),
  KEY_DISCIPLINE: t('重点学科', 'Key discipline'),
  STUDIED_IN_SHANGHAI: t('在沪高校就读最高学历', 'Highest degree studied in Shanghai'),
  HONOURS_AND_COMPETITIONS: t('荣誉和竞赛获奖', 'Honours and competitions'),
  INVENTION_PATENT: t('发明专利', 'Invention patent'),
  GRASSROOTS_SERVICE: t('西部计划、三支一扶或服兵役', 'Western Programme, "Three Supports, One Assistance" or military service'),
  STUDENT_STARTUP: t('在校期间创业', 'Student start-up'),
};

const LABEL = {
  degree: { BACHELOR: t('学士', "Bachelor's"), MASTER: t('硕士', "Master's"), DOCTOR: t('博士', 'Doctorate') },
  school: { CATEGORY_1: t('第一类高校', 'Category 1 university'), CATEGORY_2: t('第二类高校', 'Category 2 university'), OTHER: t('其他高校', 'Other university') },
  classRank: {
    TOP_25: t('前 25%', 'top 25%'),
    TOP_50: t('26%–50%', '26–50%'),
    TOP_75: t('51%–75%', '51–75%'),
    BOTTOM_25: t('76%–100%', '76–100%'),
  },
  language: {
    NONE: t('未填写外语证书', 'No language certificate entered'),
    CET4_OR_TEM4: t('大学英语四级或专业四级', 'CET-4 or TEM-4'),
    CET6_OR_TEM8: t('大学英语六级（≥425 分）或专业八级', 'CET-6 (425 or above) or TEM-8'),
  },
  computer: { NONE: t('未填写', 'none entered'), LOWER: t('较低等级', 'the lower level'), HIGHER: t('较高等级', 'the higher level') },
};

export function validateGraduateScoreInput(input: GraduateScoreInput, rules: GraduateScoreRules): FieldError[] {
  const errors: FieldError[] = [];
  const count = { min: 0, max: rules.inputLimits.maxCount, integer: true };
  checkOption(errors, 'degree', input.degree, GRADUATE_DEGREES, FACTOR.DEGREE, true);
  checkOption(errors, 'schoolCategory', input.schoolCategory, SCHOOL_CATEGORIES, FACTOR.SCHOOL, true);
  checkOption(errors, 'classRank', input.classRank, CLASS_RANKS, FACTOR.CLASS_RANK);
  checkOption(errors, 'foreignLanguage', input.foreignLanguage, LANGUAGE_LEVELS, FACTOR.FOREIGN_LANGUAGE);
  checkOption(errors, 'computerLevel', input.computerLevel, COMPUTER_LEVELS, FACTOR.COMPUTER);
  checkOption(errors, 'directSettlementCategory', input.directSettlementCategory, DIRECT_SETTLEMENT_CATEGORIES, t('直接落户类别', 'Direct-settlement category'));
  checkNumber(errors, 'nationalHonours', input.nationalHonours, { label: t('国家级荣誉或竞赛奖项数', 'National honours or prizes'), ...count });
  checkNumber(errors, 'provincialHonours', input.provincialHonours, { label: t('省级荣誉或竞赛奖项数', 'Provincial honours or prizes'), ...count });
  checkNumber(errors, 'schoolHonours', input.schoolHonours, { label: t('校级荣誉或竞赛奖项数', 'University honours or prizes'), ...count });
  const flags = {
    employerFactor: FACTOR.EMPLOYER,
    keyDiscipline: FACTOR.KEY_DISCIPLINE,
    highestDegreeStudiedInShanghai: FACTOR.STUDIED_IN_SHANGHAI,
    inventionPatent: FACTOR.INVENTION_PATENT,
    grassrootsService: FACTOR.GRASSROOTS_SERVICE,
    studentStartup: FACTOR.STUDENT_STARTUP,
  } as const;
  for (const field of Object.keys(flags) as (keyof typeof flags)[]) checkBoolean(errors, field, input[field], flags[field]);
  return errors;
}

export function estimateGraduateScore(input: GraduateScoreInput, rules: GraduateScoreRules): GraduateScoreResult {
  assertValid(validateGraduateScoreInput(input, rules));

  const item = (indicator: GraduateIndicator, points: number, explanation: LocalisedText): GraduateScoreItem => ({
    indicator,
    points,
    explanation,
    legalBasis: `${rules.legalBasis} 评分要素：${FACTOR[indicator].zh}`,
  });
  const scored = (indicator: GraduateIndicator, label: LocalisedText, points: number) =>
    item(indicator, points, t(`${label.zh}：${points} 分`, `${label.en}: ${points} points`));
  const flag = (indicator: GraduateIndicator, claimed: boolean | undefined, points: number) =>
    claimed
      ? scored(indicator, FACTOR[indicator], points)
      : item(indicator, 0, t(`未申报${FACTOR[indicator].zh}：0 分`, `${FACTOR[indicator].en} not claimed: 0 points`));

  const items: GraduateScoreItem[] = [
    scored('DEGREE', LABEL.degree[input.degree], rules.degree[input.degree]),
    scored('SCHOOL', LABEL.school[input.schoolCategory], rules.school[input.schoolCategory]),
    input.classRank
      ? item(
          'CLASS_RANK',
          rules.classRank[input.classRank],
          t(`学业成绩排名${LABEL.classRank[input.classRank].zh}：${rules.classRank[input.classRank]} 分`, `Class rank ${LABEL.classRank[input.classRank].en}: ${rules.classRank[input.classRank]} points`),
        )
      : item('CLASS_RANK', 0, t('未填写学业成绩排名：0 分', 'No class rank entered: 0 points')),
    scored('FOREIGN_LANGUAGE', LABEL.language[input.foreignLanguage ?? 'NONE'], rules.foreignLanguage[input.foreignLanguage ?? 'NONE']),
    computer(input, rules, item),
    flag('EMPLOYER', input.employerFactor, rules.employer),
    flag('KEY_DISCIPLINE', input.keyDiscipline, rules.keyDiscipline),
    flag('STUDIED_IN_SHANGHAI', input.highestDegreeStudiedInShanghai, rules.studiedInShanghai),
    honours(input, rules, item),
    flag('INVENTION_PATENT', input.inventionPatent, rules.inventionPatent),
    flag('GRASSROOTS_SERVICE', input.grassrootsService, rules.grassrootsService),
    flag('STUDENT_STARTUP', input.studentStartup, rules.studentStartup),
  ];
  const total = items.reduce((sum, i) => sum + i.points, 0);
  return {
    total,
    standardScore: rules.standardScore,
    meetsStandard: total >= rules.standardScore,
    items,
    directSettlement: directSettlement(input.directSettlementCategory, rules),
    disclaimer: PRELIMINARY_CHECK_NOTICE,
  };
}

type MakeItem = (indicator: GraduateIndicator, points: number, explanation: LocalisedText) => GraduateScoreItem;

function computer(input: GraduateScoreInput, rules: GraduateScoreRules, item: MakeItem): GraduateScoreItem {
  // POLICY.md: "6–7 (graduate students 7)" [INF]: graduate students score 7 whatever they enter.
  if (input.degree !== 'BACHELOR') {
    const p = rules.computer.graduateStudentPoints;
    return item('COMPUTER', p, t(`研究生计算机水平按 ${p} 分计`, `Graduate students score ${p} points for computer skills`));
  }
  const level = input.computerLevel ?? 'NONE';
  const p = rules.computer.points[level];
  return item('COMPUTER', p, t(`计算机水平（${LABEL.computer[level].zh}）：${p} 分`, `Computer skills (${LABEL.computer[level].en}): ${p} points`));
}

function honours(input: GraduateScoreInput, rules: GraduateScoreRules, item: MakeItem): GraduateScoreItem {
  const h = rules.honours;
  const national = input.nationalHonours ?? 0;
  const provincial = input.provincialHonours ?? 0;
  const school = input.schoolHonours ?? 0;
  const schoolCounted = Math.min(school, h.schoolMaxCount);
  const raw = national * h.national + provincial * h.provincial + schoolCounted * h.school;
  const points = Math.min(raw, h.cap);
  if (raw === 0) return item('HONOURS_AND_COMPETITIONS', 0, t('未填写荣誉或竞赛获奖：0 分', 'No honours or prizes entered: 0 points'));
  const notes: LocalisedText[] = [];
  if (school > h.schoolMaxCount) notes.push(t(`校级最多计 ${h.schoolMaxCount} 项`, `at most ${h.schoolMaxCount} university-level items count`));
  if (raw > h.cap) notes.push(t(`合计 ${raw} 分，荣誉与竞赛合计最高 ${h.cap} 分`, `${raw} in total, capped at ${h.cap} for honours and competitions together`));
  const note = notes.length ? t(`（${notes.map((n) => n.zh).join('；')}）`, ` (${notes.map((n) => n.en).join('; ')})`) : t('', '');
  return item(
    'HONOURS_AND_COMPETITIONS',
    points,
    t(
      `国家级 ${national} 项（每项 ${h.national} 分）、省级 ${provincial} 项（每项 ${h.provincial} 分）、校级 ${school} 项（每项 ${h.school} 分）：${points} 分${note.zh}`,
      `${national} national (${h.national} each), ${provincial} provincial (${h.provincial} each), ${school} university-level (${h.school} each): ${points} points${note.en}`,
    ),
  );
}

function directSettlement(category: DirectSettlementCategory | undefined, rules: GraduateScoreRules): CriterionResult {
  const d = rules.directSettlement;
  const base = { code: 'DIRECT_SETTLEMENT', legalBasis: d.legalBasis };
  // Stored facts may hold null for an unanswered question.
  if (category == null) {
    return {
      ...base,
      status: 'UNKNOWN',
      explanation: t('请确认是否属于直接落户（免评分）类别', 'Please say whether you belong to a direct-settlement (no scoring) category'),
    };
  }
  if (category === 'NONE') {
    return {
      ...base,
      status: 'NOT_MET',
      explanation: t('不属于直接落户类别，按评分办法计分', 'Not in a direct-settlement category; the score route applies'),
      howToChange: t(`评分达到 ${rules.standardScore} 分可申请落户`, `A score of ${rules.standardScore} or more qualifies for settlement`),
    };
  }
  const { description, dependsOnWorkplaceZone } = d.categories[category];
  if (dependsOnWorkplaceZone && d.yuepuEmployerInTransformationArea !== true) {
    return d.yuepuEmployerInTransformationArea === null
      ? {
          ...base,
          status: 'UNKNOWN',
          explanation: t(
            `${description.zh}：月浦用人单位是否属于南北转型地区尚未确定（待配置），请以人社部门认定为准`,
            `${description.en}: whether a Yuepu employer counts as in a transformation area is not configured yet; the human-resources bureau decides`,
          ),
        }
      : {
          ...base,
          status: 'NOT_MET',
          explanation: t(`${description.zh}：月浦用人单位不属于南北转型地区`, `${description.en}: a Yuepu employer is not in a transformation area`),
          howToChange: t(`评分达到 ${rules.standardScore} 分可申请落户`, `A score of ${rules.standardScore} or more qualifies for settlement`),
        };
  }
  return {
    ...base,
    status: 'MET',
    explanation: t(`${description.zh}：可直接落户，无需评分`, `${description.en}: settlement without scoring`),
  };
}

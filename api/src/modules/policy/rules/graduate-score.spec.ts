import { describe, expect, it } from 'vitest';
import { PolicyInputError } from './common.js';
import { type GraduateScoreInput, estimateGraduateScore, validateGraduateScoreInput } from './graduate-score.js';
import { DEFAULT_GRADUATE_SCORE_RULES as RULES, GRADUATE_INDICATORS, type GraduateIndicator, type GraduateScoreRules } from './graduate-score.rules.js';

const BASE: GraduateScoreInput = { degree: 'BACHELOR', schoolCategory: 'OTHER' };
const estimate = (input: GraduateScoreInput, rules: GraduateScoreRules = RULES) => estimateGraduateScore(input, rules);
const pointsOf = (input: GraduateScoreInput, indicator: GraduateIndicator) => {
  const found = estimate(input).items.find((i) => i.indicator === indicator);
  if (!found) throw new Error(`no item ${indicator}`);
  return found.points;
};

describe('estimateGraduateScore', () => {
  it('lists every factor once, zero items included, each with the scoring document as legal basis', () => {
    const result = estimate(BASE);
    expect(result.items.map((i) => i.indicator)).toEqual([...GRADUATE_INDICATORS]);
    expect(result.items.every((i) => i.legalBasis.startsWith('《非上海生源应届普通高校毕业生进沪就业申请本市户籍评分办法》'))).toBe(true);
    expect(result.total).toBe(21 + 8);
    expect(result.standardScore).toBe(72);
  });

  it.each([
    ['BACHELOR', 21],
    ['MASTER', 24],
    ['DOCTOR', 27],
  ] as const)('degree %s scores %i', (degree, points) => {
    expect(pointsOf({ ...BASE, degree }, 'DEGREE')).toBe(points);
  });

  it.each([
    ['CATEGORY_1', 15],
    ['CATEGORY_2', 12],
    ['OTHER', 8],
  ] as const)('school %s scores %i', (schoolCategory, points) => {
    expect(pointsOf({ ...BASE, schoolCategory }, 'SCHOOL')).toBe(points);
  });

  it.each([
    [undefined, 0],
    ['TOP_25', 8],
    ['TOP_50', 6],
    ['TOP_75', 4],
    ['BOTTOM_25', 2],
  ] as const)('class rank %s scores %i', (classRank, points) => {
    expect(pointsOf({ ...BASE, classRank }, 'CLASS_RANK')).toBe(points);
  });

  it.each([
    [undefined, 0],
    ['CET4_OR_TEM4', 7],
    ['CET6_OR_TEM8', 8],
  ] as const)('foreign language %s scores %i', (foreignLanguage, points) => {
    expect(pointsOf({ ...BASE, foreignLanguage }, 'FOREIGN_LANGUAGE')).toBe(points);
  });

  it('computer skills: bachelors 0/6/7 by level, graduate students 7', () => {
    expect(pointsOf(BASE, 'COMPUTER')).toBe(0);
    expect(pointsOf({ ...BASE, computerLevel: 'LOWER' }, 'COMPUTER')).toBe(6);
    expect(pointsOf({ ...BASE, computerLevel: 'HIGHER' }, 'COMPUTER')).toBe(7);
    expect(pointsOf({ ...BASE, degree: 'MASTER' }, 'COMPUTER')).toBe(7);
    expect(pointsOf({ ...BASE, degree: 'DOCTOR', computerLevel: 'LOWER' }, 'COMPUTER')).toBe(7);
  });

  it.each([
    ['employerFactor', 'EMPLOYER', 5],
    ['keyDiscipline', 'KEY_DISCIPLINE', 3],
    ['highestDegreeStudiedInShanghai', 'STUDIED_IN_SHANGHAI', 2],
    ['inventionPatent', 'INVENTION_PATENT', 5],
    ['grassrootsService', 'GRASSROOTS_SERVICE', 5],
    ['studentStartup', 'STUDENT_STARTUP', 5],
  ] as const)('%s adds %s %i points', (field, indicator, points) => {
    expect(pointsOf({ ...BASE, [field]: true }, indicator)).toBe(points);
    expect(pointsOf(BASE, indicator)).toBe(0);
  });

  describe('honours and competitions (cap 15, university-level at most 2)', () => {
    it.each([
      [{ nationalHonours: 1 }, 10],
      [{ provincialHonours: 2 }, 10],
      [{ schoolHonours: 2 }, 2],
      [{ schoolHonours: 5 }, 2],
      [{ nationalHonours: 1, provincialHonours: 1 }, 15],
      [{ nationalHonours: 2 }, 15],
      [{ nationalHonours: 1, schoolHonours: 3 }, 12],
      [{ provincialHonours: 2, schoolHonours: 2 }, 12],
    ])('%j scores %i', (counts, points) => {
      expect(pointsOf({ ...BASE, ...counts }, 'HONOURS_AND_COMPETITIONS')).toBe(points);
    });

    it('explains both limits', () => {
      const item = estimate({ ...BASE, nationalHonours: 2, schoolHonours: 4 }).items.find((i) => i.indicator === 'HONOURS_AND_COMPETITIONS');
      expect(item?.explanation.en).toContain('at most 2 university-level items count');
      expect(item?.explanation.en).toContain('22 in total, capped at 15');
    });
  });

  it('meets the standard at 72, not at 71', () => {
    // 24 + 15 + 8 + 8 + 7 + 5 = 67; + key discipline 3 = 70; + studied in Shanghai 2 = 72.
    const strong: GraduateScoreInput = {
      degree: 'MASTER',
      schoolCategory: 'CATEGORY_1',
      classRank: 'TOP_25',
      foreignLanguage: 'CET6_OR_TEM8',
      employerFactor: true,
      keyDiscipline: true,
    };
    expect(estimate(strong).total).toBe(70);
    expect(estimate({ ...strong, schoolHonours: 1 }).total).toBe(71);
    expect(estimate({ ...strong, schoolHonours: 1 }).meetsStandard).toBe(false);
    const enough = estimate({ ...strong, highestDegreeStudiedInShanghai: true });
    expect(enough.total).toBe(72);
    expect(enough.meetsStandard).toBe(true);
  });

  describe('direct settlement criterion', () => {
    it('is UNKNOWN when not stated and NOT_MET with the score route when stated NONE', () => {
      expect(estimate(BASE).directSettlement.status).toBe('UNKNOWN');
      const none = estimate({ ...BASE, directSettlementCategory: 'NONE' }).directSettlement;
      expect(none.status).toBe('NOT_MET');
      expect(none.howToChange?.en).toContain('72');
    });

    it.each(['DOMESTIC_DOCTOR', 'TOP_SIX_UNIVERSITY', 'SHANGHAI_UNIVERSITY_MASTER', 'FIRST_CLASS_UNIVERSITY_MASTER'] as const)(
      '%s settles without scoring',
      (directSettlementCategory) => {
        const c = estimate({ ...BASE, directSettlementCategory }).directSettlement;
        expect(c.status).toBe('MET');
        expect(c.code).toBe('DIRECT_SETTLEMENT');
      },
    );

    it('the transformation-area route stays UNKNOWN (not configured) until an administrator decides for Yuepu', () => {
      const category = 'SHANGHAI_DOUBLE_FIRST_CLASS_BACHELOR_IN_NEW_CITY_OR_TRANSFORMATION_AREA' as const;
      const c = estimate({ ...BASE, directSettlementCategory: category }).directSettlement;
      expect(c.status).toBe('UNKNOWN');
      expect(c.explanation.zh).toContain('待配置');
      const yes = structuredClone(RULES);
      yes.directSettlement.yuepuEmployerInTransformationArea = true;
      expect(estimate({ ...BASE, directSettlementCategory: category }, yes).directSettlement.status).toBe('MET');
      const no = structuredClone(RULES);
      no.directSettlement.yuepuEmployerInTransformationArea = false;
      expect(estimate({ ...BASE, directSettlementCategory: category }, no).directSettlement.status).toBe('NOT_MET');
    });
  });

  it('rules survive a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(RULES))).toEqual(RULES);
  });
});

describe('validateGraduateScoreInput', () => {
  const codes = (input: unknown) => validateGraduateScoreInput(input as GraduateScoreInput, RULES).map((e) => `${e.field}:${e.code}`);

  it.each([
    [{ schoolCategory: 'OTHER' }, 'degree:REQUIRED'],
    [{ degree: 'BACHELOR' }, 'schoolCategory:REQUIRED'],
    [{ ...BASE, degree: 'ASSOCIATE' }, 'degree:INVALID_OPTION'],
    [{ ...BASE, nationalHonours: -1 }, 'nationalHonours:OUT_OF_RANGE'],
    [{ ...BASE, schoolHonours: 1.5 }, 'schoolHonours:NOT_AN_INTEGER'],
    [{ ...BASE, provincialHonours: 1000 }, 'provincialHonours:OUT_OF_RANGE'],
    [{ ...BASE, classRank: 'TOP_10' }, 'classRank:INVALID_OPTION'],
    [{ ...BASE, inventionPatent: 1 }, 'inventionPatent:NOT_A_BOOLEAN'],
  ])('refuses %j', (input, expected) => {
    expect(codes(input)).toEqual([expected]);
  });

  it('estimate throws on invalid input', () => {
    expect(() => estimate({ ...BASE, nationalHonours: -1 })).toThrow(PolicyInputError);
  });
});

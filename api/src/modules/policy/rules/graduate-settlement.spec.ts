import { describe, expect, it } from 'vitest';
import { checkGraduateSettlement } from './graduate-settlement.js';
import { DEFAULT_GRADUATE_SCORE_RULES as RULES } from './graduate-score.rules.js';

describe('checkGraduateSettlement', () => {
  it('a master from a category-1 school with CET-6 and rank top 25% reaches 72 via the score', () => {
    // 24 + 15 + 8 + 8 + 7 (graduate computer) + 5 employer + 2 Shanghai + 3 key discipline = 72
    const result = checkGraduateSettlement(
      { degree: 'MASTER', schoolCategory: 'CATEGORY_1', classRank: 'TOP_25', foreignLanguage: 'CET6_OR_TEM8', employerFactor: true, highestDegreeStudiedInShanghai: true, keyDiscipline: true, directSettlementCategory: 'NONE' },
      RULES,
    );
    expect(result.score?.total).toBe(72);
    expect(result.verdict).toBe('LIKELY_ELIGIBLE');
    expect(result.criteria.map((c) => [c.code, c.status])).toEqual([
      ['DIRECT_SETTLEMENT', 'NOT_MET'],
      ['SCORE', 'MET'],
    ]);
  });

  it('71 points is NOT_ELIGIBLE with the gap and ideas to close it', () => {
    const result = checkGraduateSettlement(
      { degree: 'MASTER', schoolCategory: 'CATEGORY_1', classRank: 'TOP_25', foreignLanguage: 'CET4_OR_TEM4', employerFactor: true, highestDegreeStudiedInShanghai: true, keyDiscipline: true, directSettlementCategory: 'NONE' },
      RULES,
    );
    expect(result.score?.total).toBe(71);
    expect(result.verdict).toBe('NOT_ELIGIBLE');
    expect(result.criteria[1]?.howToChange?.zh).toContain('还差 1 分');
  });

  it('a domestic doctoral graduate settles directly whatever the score', () => {
    const result = checkGraduateSettlement({ degree: 'DOCTOR', schoolCategory: 'OTHER', directSettlementCategory: 'DOMESTIC_DOCTOR' }, RULES);
    expect(result.verdict).toBe('LIKELY_ELIGIBLE');
    expect(result.criteria[0]?.status).toBe('MET');
  });

  it('without degree and school, the score route asks for them instead of failing', () => {
    const result = checkGraduateSettlement({}, RULES);
    expect(result.verdict).toBe('NEEDS_INFORMATION');
    expect(result.score).toBeNull();
    expect(result.criteria.map((c) => c.status)).toEqual(['UNKNOWN', 'UNKNOWN']);
  });

  it('the transformation-area route stays UNKNOWN while Yuepu\'s status is not configured', () => {
    const result = checkGraduateSettlement(
      { degree: 'BACHELOR', schoolCategory: 'CATEGORY_2', directSettlementCategory: 'SHANGHAI_DOUBLE_FIRST_CLASS_BACHELOR_IN_NEW_CITY_OR_TRANSFORMATION_AREA' },
      RULES,
    );
    expect(result.criteria[0]?.status).toBe('UNKNOWN');
    expect(result.verdict).toBe('NEEDS_INFORMATION');
  });
});

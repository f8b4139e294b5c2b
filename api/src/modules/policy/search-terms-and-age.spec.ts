import { describe, expect, it } from 'vitest';
import { ageOn } from './eligibility.service.js';
import { searchTerms } from './policy.service.js';

describe('searchTerms', () => {
  it('splits on spaces and Chinese or Western punctuation, lower-cases and de-duplicates', () => {
    expect(searchTerms('  人才公寓，补贴 Housing housing; 《宝山》 ')).toEqual(['人才公寓', '补贴', 'housing', '宝山']);
  });

  it('keeps at most 8 words of at most 50 characters; nothing for blank input', () => {
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
    expect(searchTerms('x'.repeat(80))[0]).toHaveLength(50);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms(null)).toEqual([]);
  });

  it('keeps LIKE wildcards as ordinary characters (the service escapes them)', () => {
    expect(searchTerms('50% a_b')).toEqual(['50%', 'a_b']);
  });
});

describe('ageOn', () => {
  it('counts full years: the birthday itself completes a year', () => {
    expect(ageOn('1996-05-12', '2026-05-11')).toBe(29);
    expect(ageOn('1996-05-12', '2026-05-12')).toBe(30);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});

import { describe, expect, it } from 'vitest';
import { matchGroups } from './regex.js';

describe('matchGroups', () => {
  it('gives every group of a match, empty ones as empty strings', () => {
    expect(matchGroups(/^(\d*)-(\d*)$/, '12-', 2)).toEqual(['12', '']);
  });

  it('gives null when the pattern does not match', () => {
    expect(matchGroups(/^(\d+)$/, 'x', 1)).toBeNull();
  });

  it('throws for a pattern whose group can stay out of a match, or a wrong count', () => {
    expect(() => matchGroups(/^(a)|(b)$/, 'b', 2)).toThrow(/do not all take part/);
    expect(() => matchGroups(/^(a)(b)$/, 'ab', 1)).toThrow(/do not all take part/);
  });
});

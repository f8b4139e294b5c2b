import { describe, expect, it } from 'vitest';
import { FieldErrors, UserInputErrors } from '../../core/errors/domain-error.js';
import { checkFlatAnswers, flatAnswersOf } from './answers.js';

function problems(answers: Record<string, string>, submitting: boolean): string[] {
  const errors = new FieldErrors();
  checkFlatAnswers(errors, answers, submitting, '2026-11-28');
  try {
    errors.throwIfAny();
    return [];
  } catch (e) {
    return (e as UserInputErrors).errors.map((x) => `${x.field}:${x.code}`);
  }
}

describe('a flat application\'s answers', () => {
  it('may be incomplete while drafting but must be well formed', () => {
    expect(problems({}, false)).toEqual([]);
    expect(problems({ layout: 'PALACE', moveInMonth: '2027-13' }, false)).toEqual(['input.answers.layout:INVALID', 'input.answers.moveInMonth:INVALID']);
  });

  it('need a layout and a move-in month from this month to a year ahead on submission', () => {
    expect(problems({}, true)).toEqual(['input.answers.layout:REQUIRED', 'input.answers.moveInMonth:REQUIRED']);
    expect(problems({ layout: 'ONE_BEDROOM', moveInMonth: '2026-10' }, true)).toEqual(['input.answers.moveInMonth:OUT_OF_RANGE']);
    expect(problems({ layout: 'ONE_BEDROOM', moveInMonth: '2027-12' }, true)).toEqual(['input.answers.moveInMonth:OUT_OF_RANGE']);
    expect(problems({ layout: 'ONE_BEDROOM', moveInMonth: '2026-11' }, true)).toEqual([]);
  });

  it('take the apply wizard\'s move-in date as the month, and default the category', () => {
    expect(problems({ layout: 'STUDIO', moveInFrom: '2027-02-15' }, true)).toEqual([]);
    expect(flatAnswersOf({ layout: 'STUDIO', moveInFrom: '2027-02-15' })).toEqual({ layout: 'STUDIO', moveInMonth: '2027-02', category: 'STANDARD' });
    expect(problems({ layout: 'STUDIO', moveInMonth: '2027-01', subsidyCategory: 'VIP' }, true)).toEqual(['input.answers.subsidyCategory:INVALID']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatCheckInCode, newCheckInCode, normaliseCheckInCode } from './registration.service.js';

describe('check-in codes', () => {
  it('are 8 characters that cannot be misread (no 0/O, 1/I/L)', () => {
    for (let i = 0; i < 200; i++) expect(newCheckInCode()).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  });

  it('read back however they are typed', () => {
    expect(normaliseCheckInCode(' k7qx-94mb ')).toBe('K7QX94MB');
    expect(normaliseCheckInCode('K7QX 94MB')).toBe('K7QX94MB');
    expect(formatCheckInCode('K7QX94MB')).toBe('K7QX-94MB');
  });
});

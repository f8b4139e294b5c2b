import { describe, expect, it } from 'vitest';
import { signInWaitSeconds } from './account.service.js';

describe('sign-in throttle', () => {
  it('lets four failures pass, then waits 30 s, doubling to at most 15 minutes', () => {
    expect([0, 4].map(signInWaitSeconds)).toEqual([0, 0]);
    expect([5, 6, 7, 10, 30].map(signInWaitSeconds)).toEqual([30, 60, 120, 900, 900]);
  });
});

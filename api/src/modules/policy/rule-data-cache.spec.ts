import { describe, expect, it } from 'vitest';
import { RuleDataCache } from './rule-data-cache.js';

describe('RuleDataCache', () => {
  it('keeps data a statement sent, frozen, and gives it back when the next statement leaves it out', () => {
    const cache = new RuleDataCache();
    const sent = { age: { maxPoints: 30 }, tiers: [{ points: 25 }] };
    const kept = cache.resolve('h1', false, sent, cache.snapshot()) as typeof sent;
    expect(kept).toEqual({ age: { maxPoints: 30 }, tiers: [{ points: 25 }] });
    expect(Object.isFrozen(kept) && Object.isFrozen(kept.age) && Object.isFrozen(kept.tiers[0])).toBe(true);
    // A calculation that changed shared rules would change every later request's: it throws instead (modules are strict).
    expect(() => { kept.age.maxPoints = 0; }).toThrow(TypeError);

    const known = cache.snapshot();
    expect([...known.keys()]).toEqual(['h1']);
    expect(cache.resolve('h1', true, null, known)).toBe(kept);
  });

  it('drops the least recently used beyond its size, but a snapshot taken before still has what it listed', () => {
    const cache = new RuleDataCache(2);
    cache.resolve('a', false, { n: 1 }, cache.snapshot());
    cache.resolve('b', false, { n: 2 }, cache.snapshot());
    const before = cache.snapshot();
    // 'a' is used again, so 'b' is the one dropped when 'c' comes.
    cache.resolve('a', true, null, cache.snapshot());
    cache.resolve('c', false, { n: 3 }, cache.snapshot());
    expect(cache.size).toBe(2);
    expect([...cache.snapshot().keys()]).toEqual(['a', 'c']);
    // A statement sent with `before` may leave 'b' out: its data is still there.
    expect(cache.resolve('b', true, null, before)).toEqual({ n: 2 });
  });

  it('refuses a hash left out that the snapshot does not have (never undefined rules)', () => {
    const cache = new RuleDataCache();
    expect(() => cache.resolve('nope', true, null, cache.snapshot())).toThrow(/not known/);
  });

  it('keeps a JSON null sent as data apart from data left out', () => {
    const cache = new RuleDataCache();
    expect(cache.resolve('n', false, null, cache.snapshot())).toBeNull();
    expect(cache.resolve('n', true, null, cache.snapshot())).toBeNull();
  });
});

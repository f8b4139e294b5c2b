import { describe, expect, it } from 'vitest';
import { builtValues, lazyGroups } from './lazy-groups.js';

describe('lazyGroups', () => {
  const built: string[] = [];
  const CONTAINER = lazyGroups<{ name: string }>()
    .add(({ name }) => {
      built.push(`first:${name}`);
      return { a: `a of ${name}`, b: { name } };
    })
    .add(({ name }, { b }) => {
      built.push(`second:${name}`);
      return { c: `c uses ${b.name}`, same: b };
    })
    .add(({ name }) => {
      built.push(`third:${name}`);
      return { d: `d of ${name}` };
    });

  it('builds every group for the first container, then each group on first use of one of its properties, once per container', () => {
    const first = CONTAINER.create({ name: 'one' });
    expect(built).toEqual(['first:one', 'second:one', 'third:one']);
    expect(first.c).toBe('c uses one');

    built.length = 0;
    const later = CONTAINER.create({ name: 'two' });
    expect(built).toEqual([]);
    // The second group uses the first: both are built, the third is not.
    expect(later.c).toBe('c uses two');
    expect(built).toEqual(['first:two', 'second:two']);
    // A group's objects are shared by whoever reads them in this container.
    expect(later.same).toBe(later.b);
    expect(later.a).toBe('a of two');
    expect(built).toEqual(['first:two', 'second:two']);
    expect(later.d).toBe('d of two');
    expect(built).toEqual(['first:two', 'second:two', 'third:two']);

    // Another container has its own objects.
    const third = CONTAINER.create({ name: 'three' });
    expect(third.b).not.toBe(later.b);
    expect(third.b.name).toBe('three');
  });

  it('tells the values built so far, for the first container as for later ones', () => {
    const LOADERS = lazyGroups<string>().add((tag) => ({ one: [`one ${tag}`] })).add((tag) => ({ two: [`two ${tag}`], three: [`three ${tag}`] }));
    // The first container builds every group (to learn the properties), and says so.
    const first = LOADERS.create('first');
    expect(builtValues(first)).toEqual([['one first'], ['two first'], ['three first']]);
    expect(builtValues(first)[0]).toBe(first.one);
    const later = LOADERS.create('later');
    expect(builtValues(later)).toEqual([]);
    expect(later.three).toEqual(['three later']);
    expect(builtValues(later)).toEqual([['two later'], ['three later']]);
    expect(builtValues(later)[1]).toBe(later.three);
  });

  it('refuses a property defined by two groups (a spread would have kept the last silently)', () => {
    const twice = lazyGroups<null>().add(() => ({ x: 1 })).add(() => ({ x: 2 }));
    expect(() => twice.create(null)).toThrow('property x is defined twice');
  });
});

import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../context.js';
import type { AllianceEventView } from './alliance-event.entity.js';
import { AllianceEventResolver } from './event.resolver.js';

// A list reads an event's descriptions only when its query asks for them (issue 13). Should it
// misjudge the query, the description fields load them by the event's id instead of answering
// nothing: the fallback that keeps every answer right.

const event = { id: 'e1', titleZh: '活动', titleEn: '' } as AllianceEventView;
const contextWith = (locale: 'zh' | 'en', found: { descriptionZh: string; descriptionEn: string } | null) => {
  const loaded: string[] = [];
  const ctx = { locale, loaders: { allianceEventById: { load: async (id: string) => { loaded.push(id); return found && { id, ...found }; } } } } as unknown as GraphQLContext;
  return { ctx, loaded };
};

describe('the descriptions of an event a list read without them', () => {
  const resolver = new AllianceEventResolver();

  it('are loaded by the event\'s id, in the request\'s language, English falling back to Chinese', async () => {
    const zh = contextWith('zh', { descriptionZh: '说明', descriptionEn: '' });
    expect(await resolver.descriptionZh(event, zh.ctx)).toBe('说明');
    expect(await resolver.descriptionEn(event, zh.ctx)).toBe('');
    expect(await resolver.description(event, zh.ctx)).toBe('说明');
    const en = contextWith('en', { descriptionZh: '说明', descriptionEn: '' });
    expect(await resolver.description(event, en.ctx)).toBe('说明');
    expect(zh.loaded).toEqual(['e1', 'e1', 'e1']);
  });

  it('are given at once, with no load, when the row has them', () => {
    const { ctx, loaded } = contextWith('en', null);
    const read = { ...event, descriptionZh: '说明', descriptionEn: 'About' };
    expect([resolver.description(read, ctx), resolver.descriptionZh(read, ctx), resolver.descriptionEn(read, ctx)]).toEqual(['About', '说明', 'About']);
    expect(loaded).toEqual([]);
  });

  it('report a missing event as the bug it is, not as an empty text', async () => {
    const { ctx } = contextWith('zh', null);
    await expect(resolver.descriptionZh(event, ctx)).rejects.toThrow();
  });
});

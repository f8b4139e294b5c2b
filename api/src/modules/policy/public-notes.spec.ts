import { describe, expect, it } from 'vitest';
import { noteFor, sourcesFor } from './public-notes.js';

const src = (confidence: string, title: string, note: string | null = null) => ({ confidence, title, url: null, note });

describe('public notes of a policy text', () => {
  it('keeps the team\'s working notes for administrators only', () => {
    const note = '内容依据产品团队的政策参考（POLICY.md，2026-11-28）核对；上线前须对照官方文件复核。';
    expect(noteFor(note, true)).toBe(note);
    expect(noteFor(note, false)).toBe('');
    expect(noteFor('施行日期以文件为准。', false)).toBe('施行日期以文件为准。');
  });

  it('lists official sources first and reprints after, in their own order otherwise', () => {
    const sources = [src('V-1', '转载 A'), src('INF', '推断'), src('V-official', '官方文件'), src('V', '转载 B'), src('V-1', '转载 C')];
    expect(sourcesFor(sources, true).map((s) => s.title)).toEqual(['官方文件', '转载 B', '转载 A', '转载 C', '推断']);
  });

  it('drops internal references and internal notes of sources for the public', () => {
    const sources = [src('INF', '政策参考 §3.2：未找到专门文件', 'POLICY.md §3.2'), src('INF', '月浦镇工作报告', 'seed document; POLICY.md §3.4: no public rules'), src('V', '人社局转载', '与原文一致')];
    expect(sourcesFor(sources, false)).toEqual([
      { confidence: 'V', title: '人社局转载', url: null, note: '与原文一致' },
      { confidence: 'INF', title: '月浦镇工作报告', url: null, note: null },
    ]);
    expect(sourcesFor(sources, true)).toHaveLength(3);
  });
});

// A policy's conditions become lists (web/src/lib/features/policy/conditions.ts), read from the
// catalogue's own wording: headings, conditions, and "one of" alternatives, never split in brackets.
import { describe, expect, it } from 'vitest';
import { conditionGroups } from '../../web/src/lib/features/policy/conditions.js';
import { CATALOGUE } from '../../seeds/policy-catalogue.js';

const texts = (text: string) => conditionGroups(text).map((g) => ({ heading: g.heading, items: g.items.map((i) => (i.options.length ? [i.text, i.options] : i.text)) }));

describe('policy conditions as lists', () => {
  it('makes one item of each condition, and a heading of a sentence\'s lead', () => {
    expect(texts('基本条件（须全部满足）：持居住证满 7 年；无违法犯罪记录。市场化评价：近 48 个月内缴纳 36 个月。')).toEqual([
      { heading: '基本条件（须全部满足）', items: ['持居住证满 7 年', '无违法犯罪记录'] },
      { heading: '市场化评价', items: ['近 48 个月内缴纳 36 个月'] },
    ]);
  });

  it('nests the alternatives after "one of", in both languages', () => {
    expect(texts('单位：登记在宝山；且符合以下之一：总部；高校。个人：无住房。')).toEqual([
      { heading: '单位', items: ['登记在宝山', ['且符合以下之一：', ['总部', '高校']]] },
      { heading: '个人', items: ['无住房'] },
    ]);
    expect(texts('Employer: registered in Baoshan; and one of: an HQ; a university. Individual: no home.')).toEqual([
      { heading: 'Employer', items: ['registered in Baoshan', ['and one of:', ['an HQ', 'a university']]] },
      { heading: 'Individual', items: ['no home'] },
    ]);
  });

  it('never splits inside brackets, and keeps plain sentences as items', () => {
    expect(texts('另须符合：高层次人才（博士或高级职称；省部级以上奖励）。由单位申请。')).toEqual([
      { heading: '另须符合', items: ['高层次人才（博士或高级职称；省部级以上奖励）'] },
      { heading: null, items: ['由单位申请'] },
    ]);
    expect(texts('待配置。')).toEqual([{ heading: null, items: ['待配置'] }]);
    expect(texts('')).toEqual([]);
  });

  it('keeps every word of every catalogue entry, in both languages', () => {
    const squeeze = (s: string) => s.replace(/[\s。；;.：:]/g, '');
    for (const entry of CATALOGUE) {
      for (const text of [entry.version.eligibilityZh, entry.version.eligibilityEn]) {
        const groups = conditionGroups(text);
        const rebuilt = groups.map((g) => (g.heading ?? '') + g.items.map((i) => i.text + i.options.join('')).join('')).join('');
        expect(squeeze(rebuilt), entry.code).toBe(squeeze(text));
        expect(groups.flatMap((g) => g.items).length, entry.code).toBeGreaterThan(0);
      }
    }
  });
});

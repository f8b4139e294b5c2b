// Yearly parameters shared by several rule sets (POLICY.md "How the platform should use this", 1
// and §4 item 5): the previous year's city average wage, the key-area zone list, the shortage-major
// catalogue and the award catalogue. Stored as their own versioned rule set, so an administrator
// publishes next year's wage with next year's effective date without touching the point tables.
import type { YearlyParameters } from './yearly-parameters.schema.js';

// The shape of this data, and its type, is yearly-parameters.schema.ts.
export type { YearlyParameters } from './yearly-parameters.schema.js';

export const DEFAULT_YEARLY_PARAMETERS: YearlyParameters = {
  cityAverageMonthlyWage: { yuan: null, dataYear: null, source: null },
  remoteKeyAreas: {
    zones: ['临港新片区', '五个新城', '南北地区重点转型区域', '市委、市政府确定的其他区域'],
    yuepuInKeyArea: null,
  },
  shortageMajorCatalogue: { majors: null, source: null },
  awardCatalogue: { awards: null, source: null },
  provenance: [
    {
      tag: 'UNKNOWN',
      note: 'The current 上年度职工社会平均工资 is not documented in POLICY.md (only 2011–2015: 3,896; 4,331; 4,692; 5,036; 5,451 元/月, m.110ask.com 1926947385708229340). Not configured until an administrator enters the official figure.',
    },
    { tag: 'V-1', note: 'Zones added by the 2026 实施细则: 五个新城, 南北地区重点转型区域 and areas named by 市委/市政府 (niuxiu.net 6733); 临港 from jzzjf.com 2353.' },
    { tag: 'UNKNOWN', note: 'Whether 月浦镇 is in any 远郊重点区域 / 南北转型 zone (POLICY.md §4 item 2): not configured.' },
    { tag: 'UNKNOWN', note: 'The 紧缺急需专业目录 and the 表彰奖励 catalogue are not in POLICY.md: not configured.' },
  ],
};

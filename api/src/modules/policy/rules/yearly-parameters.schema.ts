// The yearly parameters as a zod schema, and (z.infer) the type the evaluators read.
import { z } from 'zod';
import { PROVENANCE, int, num, str } from './schema-parts.js';

export const YEARLY_PARAMETERS_SCHEMA = z.strictObject({
  /** 上年度全市职工月平均工资 in yuan a month; `yuan: null` = not configured (POLICY.md: unknown). */
  cityAverageMonthlyWage: z.strictObject({
    yuan: num({ min: 1, max: 1_000_000 }).nullable(),
    dataYear: int({ min: 2000, max: 2100 }).nullable(),
    source: str(500).nullable(),
  }),
  /** 远郊重点区域 / 南北转型 zones named by the 实施细则; whether 月浦 is in one is unknown (null). */
  remoteKeyAreas: z.strictObject({ zones: z.array(str(100)).max(100), yuepuInKeyArea: z.boolean().nullable() }),
  /** 本市紧缺急需专业目录: not in POLICY.md, so not configured until an administrator enters it. */
  shortageMajorCatalogue: z.strictObject({ majors: z.array(str(200)).max(2000).nullable(), source: str(500).nullable() }),
  /** 表彰奖励目录: likewise not configured. */
  awardCatalogue: z.strictObject({ awards: z.array(str(200)).max(2000).nullable(), source: str(500).nullable() }),
  provenance: PROVENANCE,
});

export type YearlyParameters = z.infer<typeof YEARLY_PARAMETERS_SCHEMA>;

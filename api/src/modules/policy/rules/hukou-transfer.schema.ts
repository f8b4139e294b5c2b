// The 居转户 rule data as a zod schema, and (z.infer) the type the check reads.
import { z } from 'zod';
import { HUKOU_CRITERIA, HUKOU_TITLE_LEVELS } from './hukou-transfer.rules.js';
import { PROVENANCE, exactRecord, int, num, str } from './schema-parts.js';

const years = int({ max: 50 });

export const HUKOU_TRANSFER_SCHEMA = z.strictObject({
  /** Years of permit holding, and of social insurance while holding it. */
  requiredYears: int({ min: 1, max: 50 }),
  minimumTitle: z.enum(HUKOU_TITLE_LEVELS),
  marketBase: z.strictObject({ minRatio: num({ max: 100 }), requiredMonths: int({ max: 240 }), windowMonths: int({ min: 1, max: 240 }) }),
  /** Incentive conditions that shorten the years. */
  reducedYears: z.strictObject({
    remotePublicService: z.strictObject({ continuousYears: years, requiredYears: years }),
    lingangGeneral: z.strictObject({ minYearsInLingang: years, requiredYears: years }),
    lingangCoreTalent: z.strictObject({ minYearsInLingang: years, requiredYears: years }),
  }),
  /** Incentive conditions that replace the title requirement. */
  titleWaiver: z.strictObject({ baseRatio: num({ max: 100 }), baseConsecutiveYears: years, entrepreneurAvgAnnualTaxWan: num(), entrepreneurShanghaiHires: int() }),
  inputLimits: z.strictObject({ maxMonths: int({ min: 1, max: 1200 }), maxYears: int({ min: 1, max: 100 }), maxTaxWan: num({ min: 1 }), maxHires: int({ min: 1 }) }),
  legalBasis: exactRecord(HUKOU_CRITERIA, str(500)),
  provenance: PROVENANCE,
});

export type HukouTransferRules = z.infer<typeof HUKOU_TRANSFER_SCHEMA>;

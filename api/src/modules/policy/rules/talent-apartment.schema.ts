// The talent-apartment rule data as a zod schema, and (z.infer) the types the subsidy reads.
// The rates and caps live here only: the apartment policy's eligibility page shows them from this
// rule set (apartmentBenefits), not from a second copy in its criteria.
import { z } from 'zod';
import { SUBSIDY_CATEGORIES } from './talent-apartment.rules.js';
import { PROVENANCE, exactRecord, int, num, str, text } from './schema-parts.js';

const SUBSIDY_TIER = z.strictObject({
  label: text(),
  /** Share of the monthly rent, in percent (30 = 30%). */
  ratePercent: num({ max: 100 }),
  /** Most paid for one person in one month, in yuan ("据实补贴" below it). */
  monthlyCapYuan: int({ max: 100_000 }),
});

export const TALENT_APARTMENT_SCHEMA = z.strictObject({
  legalBasis: str(500),
  subsidy: z.strictObject({
    legalBasis: str(500),
    tiers: exactRecord(SUBSIDY_CATEGORIES, SUBSIDY_TIER),
    /** Subsidised months per person over all their leases (3 years). */
    maxMonthsPerPerson: int({ min: 1, max: 240 }),
  }),
  letting: z.strictObject({
    /** Days an applicant has to accept or decline an offered unit. */
    offerResponseDays: int({ min: 1, max: 60 }),
    /** Length of a new lease in months. */
    leaseTermMonths: int({ min: 1, max: 60 }),
  }),
  provenance: PROVENANCE,
});

export type TalentApartmentRules = z.infer<typeof TALENT_APARTMENT_SCHEMA>;
export type SubsidyTier = z.infer<typeof SUBSIDY_TIER>;

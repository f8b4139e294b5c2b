// The new-graduate settlement score as a zod schema, and (z.infer) the type the score reads.
import { z } from 'zod';
import { CLASS_RANKS, COMPUTER_LEVELS, DIRECT_SETTLEMENT_CATEGORIES, GRADUATE_DEGREES, LANGUAGE_LEVELS, SCHOOL_CATEGORIES } from './graduate-score.rules.js';
import { PROVENANCE, exactRecord, int, str, text, without } from './schema-parts.js';

const points = int({ max: 100 });

export const GRADUATE_SCORE_SCHEMA = z.strictObject({
  /** Scoring document; each item's legal basis is this plus the factor name. */
  legalBasis: str(500),
  standardScore: int({ min: 1, max: 1000 }),
  degree: exactRecord(GRADUATE_DEGREES, points),
  school: exactRecord(SCHOOL_CATEGORIES, points),
  classRank: exactRecord(CLASS_RANKS, points),
  foreignLanguage: exactRecord(LANGUAGE_LEVELS, points),
  computer: z.strictObject({ points: exactRecord(COMPUTER_LEVELS, points), graduateStudentPoints: points }),
  employer: points,
  keyDiscipline: points,
  studiedInShanghai: points,
  honours: z.strictObject({ national: points, provincial: points, school: points, schoolMaxCount: points, cap: points }),
  inventionPatent: points,
  grassrootsService: points,
  studentStartup: points,
  directSettlement: z.strictObject({
    legalBasis: str(500),
    categories: exactRecord(without(DIRECT_SETTLEMENT_CATEGORIES, 'NONE'), z.strictObject({ description: text(), dependsOnWorkplaceZone: z.boolean() })),
    /** Whether a 月浦 workplace counts as 五个新城 / 南北转型 for this route; null = not configured. */
    yuepuEmployerInTransformationArea: z.boolean().nullable(),
  }),
  inputLimits: z.strictObject({ maxCount: int({ min: 1, max: 1000 }) }),
  provenance: PROVENANCE,
});

export type GraduateScoreRules = z.infer<typeof GRADUATE_SCORE_SCHEMA>;

// Pure policy evaluators: no database, no GraphQL. Services load a rule version, validate the
// input with validate*(), then evaluate and store the result with that rule version's id.
export * from './common.js';
export * from './criteria.js';
export * from './residence-points.rules.js';
export * from './residence-points.js';
export * from './hukou-transfer.rules.js';
export * from './hukou-transfer.js';
export * from './graduate-score.rules.js';
export * from './graduate-score.js';
export * from './yearly-parameters.rules.js';
export * from './yearly-parameters.js';
export * from './eligibility-facts.js';
export * from './policy-criteria.js';
export * from './policy-criteria.rules.js';
export * from './graduate-settlement.js';
export * from './rule-data.schema.js';
export * from './rule-kinds.js';
export * from './talent-apartment.rules.js';
export * from './grant-limits.js';

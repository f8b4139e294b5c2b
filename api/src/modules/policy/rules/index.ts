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

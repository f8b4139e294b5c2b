/** SQL run by this process through the ORM, counted by the ORM logger (orm.config.ts), read by /metrics. */
export const sqlTotals = { statements: 0, seconds: 0 };

/** Counts one statement (called for every statement the ORM runs, with its time). */
export function recordSql(ms: number): void {
  sqlTotals.statements++;
  sqlTotals.seconds += ms / 1000;
}

/**
 * The row a statement always answers with: an aggregate without GROUP BY (`count(*)`), `nextval`,
 * an `insert … returning` that cannot be skipped, `clock_timestamp()`. No row back is a fault in
 * our SQL or the database, never something a user did, so it is an internal error rather than a
 * field or domain error (the error funnel answers it as one and logs it).
 */
export function theRow<T>(rows: readonly T[], statement: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`${statement} returned no row`);
  return row;
}

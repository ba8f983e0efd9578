import type { SqlRunner } from "../../create-db";

/** Binds a value to the statement being built and returns its placeholder ("$4"). */
export type BindParam = (value: unknown) => string;

/**
 * A read of one person's records, written once and run two ways: on its own for a person already
 * known (staff views, statements), or inside the statement that checks a citizen's session, so that a
 * signed-in request costs one round trip instead of two (see findSignedInCitizenReading).
 *
 * Inside the session statement the rows travel as JSON, so a read selects only what survives that
 * unchanged: text, numbers, booleans and JSON — dates as to_char text, money as float8, bytea as
 * base64 — and `map` turns the rows into the result the same way on both paths.
 */
export interface PersonRead<Row, Result> {
  /** The SELECT, with `person` the SQL expression of the person's id (a placeholder or a column). */
  sql(person: string, param: BindParam): string;
  map(rows: Row[]): Result;
}

/** Collects the values bound while a statement's text is built, numbering from `after` + 1. */
export function paramList(after: unknown[] = []) {
  const values = [...after];
  const param: BindParam = (value) => {
    values.push(value);
    return `$${values.length}`;
  };
  return { values, param };
}

/** Runs a read for a known person. */
export async function runPersonRead<Row, Result>(
  db: SqlRunner,
  personId: string,
  read: PersonRead<Row, Result>,
): Promise<Result> {
  const { values, param } = paramList([personId]);
  return read.map(await db.query<Row>(read.sql("$1", param), values));
}

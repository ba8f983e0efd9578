import { type SQL, sql } from "drizzle-orm";
import { check, type PgColumn } from "drizzle-orm/pg-core";

/**
 * The database refuses values the application never writes: a text column limited to its enum, and
 * money that must add up. These hold whatever path a row takes in (API, COPY, a staff script).
 */
export function oneOf(name: string, column: PgColumn, values: readonly string[]) {
  return check(
    name,
    sql`${column} IN (${sql.join(
      values.map((v) => sql.raw(`'${v}'`)),
      sql`, `,
    )})`,
  );
}

export function holds(name: string, condition: SQL) {
  return check(name, condition);
}

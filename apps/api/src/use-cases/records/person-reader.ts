import { type PersonRead, runPersonRead, type SqlRunner } from "@ansinh/db";

/**
 * Runs reads of one person's records. The records use-cases take one instead of a person id, so that
 * the same use-case serves a person already known (readerFor: staff views, statements) and whoever is
 * signed in (signedInReader in auth/citizen-session.ts: the session checked in the read's statement).
 */
export type PersonReader = <Row, Result>(read: PersonRead<Row, Result>) => Promise<Result>;

export function readerFor(db: SqlRunner, personId: string): PersonReader {
  return (read) => runPersonRead(db, personId, read);
}

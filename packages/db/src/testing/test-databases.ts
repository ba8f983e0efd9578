import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "../create-db";
import { migrate } from "../migrate";

/**
 * The databases the integration suite runs on: always an in-memory PGlite, and a real PostgreSQL
 * when TEST_DATABASE_URL is set (CI). Each call gets a fresh, migrated database of its own — on
 * PostgreSQL a throw-away database created next to the one in the URL and dropped on close.
 */
export interface TestDatabase {
  kind: Db["kind"];
  open(): Promise<Db>;
}

export const testDatabases: TestDatabase[] = [
  { kind: "pglite", open: () => openMigrated(createDb({ kind: "pglite" })) },
  ...(process.env.TEST_DATABASE_URL
    ? [{ kind: "postgres" as const, open: () => openPostgres(process.env.TEST_DATABASE_URL as string) }]
    : []),
];

async function openMigrated(opening: Promise<Db>): Promise<Db> {
  const db = await opening;
  await migrate(db);
  return db;
}

/**
 * A fresh migrated database created next to the one in `url`, dropped on close: for tests, and for
 * benchmarks that must not leave rows behind.
 */
export async function openPostgres(url: string, poolSize = 4): Promise<Db> {
  const name = `ansinh_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openMigrated(createDb({ kind: "postgres", url: target.toString(), poolSize }));
  return {
    ...db,
    close: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

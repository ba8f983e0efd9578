import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
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

/**
 * Set by the suite's global setup (test-templates.ts) for the test workers: a migrated PGlite image
 * on disk and a migrated PostgreSQL database to copy. Without them each database is migrated itself.
 */
export const templateEnv = {
  pglite: "ANSINH_TEST_PGLITE_IMAGE",
  postgres: "ANSINH_TEST_PG_TEMPLATE",
} as const;

export const testDatabases: TestDatabase[] = [
  { kind: "pglite", open: openPglite },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          kind: "postgres" as const,
          open: () =>
            openPostgres(process.env.TEST_DATABASE_URL as string, 4, process.env[templateEnv.postgres]),
        },
      ]
    : []),
];

async function openPglite(): Promise<Db> {
  const imageFile = process.env[templateEnv.pglite];
  const image = imageFile ? new Blob([await readFile(imageFile)]) : undefined;
  return openMigrated(createDb({ kind: "pglite", image }));
}

// On a copy of a migrated template this finds every migration applied: a handful of reads.
async function openMigrated(opening: Promise<Db>): Promise<Db> {
  const db = await opening;
  await migrate(db);
  return db;
}

/**
 * A fresh migrated database created next to the one in `url` (as a copy of `template` when given),
 * dropped on close: for tests, and for benchmarks that must not leave rows behind.
 */
export async function openPostgres(url: string, poolSize = 4, template?: string): Promise<Db> {
  const name = `ansinh_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(
    url,
    `CREATE DATABASE ${name}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ""}`,
  );
  const db = await openMigrated(createDb({ kind: "postgres", url: databaseUrl(url, name), poolSize }));
  return {
    ...db,
    close: async () => {
      await db.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Creates the database of `url` on its server when it does not exist yet (the bench's own database). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const server = databaseUrl(url, "postgres");
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

/** The URL of another database on the same server. */
export function databaseUrl(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** Runs one statement on its own connection: CREATE and DROP DATABASE cannot run in a pool's transaction. */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

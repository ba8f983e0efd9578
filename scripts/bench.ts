// `npm run bench [-- --only accounts|records|lookups] [--pglite]` — measures, prints numbers, asserts
// nothing (targets are read by people, not CI).
// - accounts: on a throw-away database created next to BENCH_DATABASE_URL (default: `ansinh_bench` on
//   the local PostgreSQL, created when missing), or on an in-memory PGlite with `--pglite`;
// - records, lookups: on the million-person population in BENCH_DATABASE_URL itself (loaded there when
//   the database is empty; a smaller population is replaced only with BENCH_RELOAD=1; BENCH_PERSONS and
//   BENCH_SECONDS make a trial run smaller, see bench/million-persons.ts).
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDb, type Db, ensureDatabase, migrate, openPostgres } from "@ansinh/db";
import { accountsBench } from "./bench/accounts-bench";
import { lookUpsBench } from "./bench/lookups-bench";
import { recordsBench } from "./bench/records-bench";

const { values } = parseArgs({
  options: { pglite: { type: "boolean", default: false }, only: { type: "string" } },
});
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/ansinh_bench";
await ensureDatabase(url);

async function throwawayDb(): Promise<Db> {
  if (values.pglite) {
    const db = await createDb({ kind: "pglite" });
    await migrate(db);
    return db;
  }
  return openPostgres(url, 24);
}

console.log(`AnSinh bench — ${new Date().toISOString()}, ${cpus().length} cores, Node ${process.version}`);
if (!values.only || values.only === "accounts") {
  const workDir = await mkdtemp(join(tmpdir(), "ansinh-bench-"));
  const db = await throwawayDb();
  try {
    await accountsBench(db, workDir);
  } finally {
    await db.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
if ((!values.only || values.only === "records") && !values.pglite) await recordsBench(url);
if ((!values.only || values.only === "lookups") && !values.pglite) await lookUpsBench(url);

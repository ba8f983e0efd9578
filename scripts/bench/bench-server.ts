// The app under load in a process of its own, started by the HTTP benches (million-persons.ts), so
// that the load generator does not share its event loop: measured in one process, every request's
// latency also held the generator's work. Reads BENCH_SERVER (JSON: url, poolSize, lookUps), listens
// on a free local port and sends its origin to the parent.
import { createDb, type Db } from "@ansinh/db";
import { buildApp } from "../../apps/api/src/build-app";
import type { LookUpPolicy } from "../../apps/api/src/config";
import { testConfig } from "../../apps/api/src/testing/build-test-app";

/** What the parent asks for. */
export interface BenchServerOptions {
  url: string;
  poolSize: number;
  lookUps?: LookUpPolicy;
}

/** Counts the statements run, so "constant queries per request" is a measured number. */
function countingDb(db: Db) {
  let queries = 0;
  const counted: Db = {
    ...db,
    query: (sql, params) => {
      queries++;
      return db.query(sql, params);
    },
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          ...tx,
          query: (sql, params) => {
            queries++;
            return tx.query(sql, params);
          },
        }),
      ),
  };
  return { db: counted, take: () => queries };
}

const options = JSON.parse(process.env.BENCH_SERVER ?? "{}") as BenchServerOptions;
const base = await createDb({ kind: "postgres", url: options.url, poolSize: options.poolSize });
const { db, take } = countingDb(base);
const app = await buildApp({
  // As production runs it (responses as the presenters built them, ADR 0008); one address sends every
  // request, so per-IP limits would measure 429s.
  config: {
    ...testConfig,
    env: "production",
    rateLimits: false,
    ...(options.lookUps ? { lookUps: options.lookUps } : {}),
  },
  db,
});
// The floor: the same server and plugins, one indexed select, and none of an endpoint's own work.
app.get("/bench/bare", async () => {
  const [row] = await db.query<{ n: string }>("SELECT bhxh_number AS n FROM person WHERE id = $1", [
    "00000000-0000-7000-8000-000000000000",
  ]);
  return { n: row?.n ?? null };
});
// Statements run so far, read by the parent before and after each endpoint's run.
app.get("/bench/queries", async () => ({ queries: take() }));
const origin = await app.listen({ host: "127.0.0.1", port: 0 });
process.send?.({ origin });
process.on("disconnect", () => {
  void app.close().then(() => base.close());
});

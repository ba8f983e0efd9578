import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createDb, type Db, migrate } from "@ansinh/db";
import { loadReferenceData } from "@ansinh/db/synthetic";
import autocannon from "autocannon";
import { hashSessionToken } from "../../apps/api/src/auth/session-token";
import { buildApp } from "../../apps/api/src/build-app";
import { testConfig } from "../../apps/api/src/testing/build-test-app";
import { ms, printTable } from "./stats";

const PERSONS = 1_000_000;
const SAMPLE = 2_000;
const CONNECTIONS = 50;
const SECONDS = 10;
const ENDPOINTS = ["/api/me/profile", "/api/me/card", "/api/me/history", "/api/me/visits"] as const;

/** Counts the statements a request runs, so "constant queries per request" is a measured number. */
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

/** Reuses the million-person population in the database of `url`, or loads it (about 8 minutes). */
async function population(url: string): Promise<Db> {
  const db = await createDb({ kind: "postgres", url, poolSize: CONNECTIONS });
  await migrate(db);
  await loadReferenceData(db);
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM person");
  const persons = row?.n ?? 0;
  if (persons >= PERSONS) return db;
  // Replacing a smaller population wipes the database: only on an empty one, or when asked.
  if (persons > 0 && process.env.BENCH_RELOAD !== "1") {
    await db.close();
    throw new Error(
      `bench: ${url} holds ${persons} persons, fewer than ${PERSONS}; set BENCH_RELOAD=1 to replace them`,
    );
  }
  console.log(`bench: ${persons} persons in ${url}; loading ${PERSONS.toLocaleString("en")} (npm run seed)`);
  const seed = fileURLToPath(new URL("../seed.ts", import.meta.url));
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", seed, "--persons", String(PERSONS), "--reset"],
    {
      env: { ...process.env, DATABASE_URL: url },
      stdio: "inherit",
    },
  );
  if (run.status !== 0) throw new Error("bench: loading the population failed");
  return db;
}

/**
 * Citizens to sign in as: a random sample of persons with a card, given a bench account and a session
 * each (inserted directly: sign-in speed is the accounts bench's business). Removed afterwards.
 */
async function benchSessions(db: Db) {
  const persons = await db.query<{ id: string }>(
    `SELECT person_id AS id FROM health_insurance_card TABLESAMPLE SYSTEM (1) LIMIT $1`,
    [SAMPLE],
  );
  const cookies: string[] = [];
  const created: string[] = [];
  for (const { id } of persons) {
    const token = randomBytes(32).toString("base64url");
    const [made] = await db.query<{ id: string }>(
      `INSERT INTO citizen_account (person_id, password_hash, must_change_password, status)
       VALUES ($1, 'bench', false, 'active') ON CONFLICT DO NOTHING RETURNING person_id AS id`,
      [id],
    );
    if (made) created.push(id);
    await db.query(
      `INSERT INTO session (token_hash, kind, person_id, expires_at) VALUES ($1, 'citizen', $2, now() + interval '1 hour')`,
      [hashSessionToken(token), id],
    );
    cookies.push(`ansinh_session=${token}`);
  }
  const cleanUp = async () => {
    await db.query("DELETE FROM session WHERE person_id = ANY($1::uuid[])", [persons.map((p) => p.id)]);
    await db.query("DELETE FROM citizen_account WHERE person_id = ANY($1::uuid[])", [created]);
  };
  return { cookies, cleanUp };
}

async function load(url: string, cookies: string[]) {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          next = (next + 1) % cookies.length;
          return { ...request, headers: { ...request.headers, cookie: cookies[next] as string } };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
  };
}

/** pgbench's select-only run on its own scratch database, for the ceiling of this machine. */
function pgbenchSelectOnly(url: string) {
  const scratch = new URL(url);
  scratch.pathname = "/ansinh_pgbench";
  const target = ["-h", scratch.hostname, "-p", scratch.port || "5432", "-U", scratch.username || "postgres"];
  spawnSync("dropdb", [...target, "--if-exists", "ansinh_pgbench"]);
  spawnSync("createdb", [...target, "ansinh_pgbench"]);
  spawnSync("pgbench", [...target, "-i", "-q", "-s", "10", "ansinh_pgbench"], { stdio: "ignore" });
  const run = spawnSync(
    "pgbench",
    [...target, "-S", "-n", "-c", String(CONNECTIONS), "-j", "2", "-T", String(SECONDS), "ansinh_pgbench"],
    { encoding: "utf8" },
  );
  spawnSync("dropdb", [...target, "--if-exists", "ansinh_pgbench"]);
  const tps = /tps = ([\d.]+)/.exec(run.stdout)?.[1];
  const latency = /latency average = ([\d.]+) ms/.exec(run.stdout)?.[1];
  return tps ? { tps: Number(tps), latency: Number(latency) } : undefined;
}

/**
 * The records issue's figures: for each records endpoint, requests/s and p50/p99 at 50 connections
 * over random citizens of the million-person population, beside a bare one-select route and
 * `pgbench -S` measured in the same run; with the queries each request ran.
 */
export async function recordsBench(url: string) {
  const base = await population(url);
  const { db, take } = countingDb(base);
  const { cookies, cleanUp } = await benchSessions(base);
  const app = await buildApp({ config: testConfig, db });
  // The floor: the same server, cookie parsing and one indexed select, but no session or records work.
  app.get("/bench/bare", async () => {
    const [row] = await db.query<{ n: string }>("SELECT bhxh_number AS n FROM person WHERE id = $1", [
      "00000000-0000-7000-8000-000000000000",
    ]);
    return { n: row?.n ?? null };
  });
  const origin = await app.listen({ host: "127.0.0.1", port: 0 });
  try {
    const rows: (string | number)[][] = [];
    const bare = await load(`${origin}/bench/bare`, cookies);
    for (const path of ["/bench/bare", ...ENDPOINTS]) {
      const before = take();
      const r = path === "/bench/bare" ? bare : await load(`${origin}${path}`, cookies);
      const perRequest = (take() - before) / Math.max(1, r.requests);
      rows.push([
        path,
        Math.round(r.rps),
        ms(r.p50),
        ms(r.p99),
        `${Math.round((100 * r.rps) / bare.rps)} %`,
        path === "/bench/bare" ? "1" : perRequest.toFixed(1),
        r.errors,
      ]);
    }
    const pgbench = pgbenchSelectOnly(url);
    console.log(
      `\n### Records (PostgreSQL, ${PERSONS.toLocaleString("en")} persons, ${CONNECTIONS} connections, ${SECONDS} s each)\n`,
    );
    printTable(["endpoint", "req/s", "p50", "p99", "of bare", "queries/req", "errors"], rows);
    console.log(
      pgbench
        ? `\npgbench -S (scale 10, ${CONNECTIONS} clients, same machine): ${Math.round(pgbench.tps)} tps, latency average ${ms(pgbench.latency)}`
        : "\npgbench -S: not available on this machine",
    );
  } finally {
    await app.close();
    await cleanUp();
    await base.close();
  }
}

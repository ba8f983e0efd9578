import { fork, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createDb, type Db, migrate } from "@ansinh/db";
import { loadReferenceData } from "@ansinh/db/synthetic";
import autocannon from "autocannon";
import { DEFAULT_POOL_SIZE, type LookUpPolicy } from "../../apps/api/src/config";
import type { BenchServerOptions } from "./bench-server";
import { postgresCpu, processCpu } from "./cpu-time";
import { ms, printTable } from "./stats";

/**
 * What the benches over HTTP share: the million-person population, the load generator, the bare
 * one-select route and `pgbench -S` that every endpoint is compared with in the same run.
 *
 * BENCH_PERSONS and BENCH_SECONDS shrink a trial run (does the bench work at all?): run it on a
 * scratch BENCH_DATABASE_URL, which gets that many persons. A database that already holds at least
 * that many is measured as it is, and a smaller population is replaced only with BENCH_RELOAD=1.
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the app under load there (open it in Chrome's
 * DevTools): where the server's own time goes.
 */
const PERSONS = positiveEnv("BENCH_PERSONS", 1_000_000);
const SECONDS = positiveEnv("BENCH_SECONDS", 10);
const CONNECTIONS = 50;
/**
 * An unmeasured load before each measured one: the first requests of a route compile its code and
 * prepare its statements on each pooled connection (planned anew for their first five runs), which a
 * running server has long done.
 */
const WARM_UP_SECONDS = 2;

function positiveEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

/**
 * The population in the database of `url`: seeded there (npm run seed, about 8 minutes for a million)
 * when the database holds none; used as it is when it holds at least PERSONS; a smaller one is
 * measured as it is too (the table says how many) unless BENCH_RELOAD=1 asks to replace it.
 */
async function population(url: string): Promise<{ db: Db; persons: number }> {
  const db = await createDb({ kind: "postgres", url, poolSize: 4 });
  await migrate(db);
  await loadReferenceData(db);
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM person");
  const found = row?.n ?? 0;
  if (found >= PERSONS) return { db, persons: found };
  if (found > 0 && process.env.BENCH_RELOAD !== "1") {
    console.log(
      `bench: ${found.toLocaleString("en")} persons in ${url}, fewer than ${PERSONS.toLocaleString("en")}: measured as they are (BENCH_RELOAD=1 replaces them)`,
    );
    return { db, persons: found };
  }
  console.log(`bench: ${found} persons in ${url}; loading ${PERSONS.toLocaleString("en")} (npm run seed)`);
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
  return { db, persons: PERSONS };
}

/**
 * The TABLESAMPLE BERNOULLI percentage that draws about `wanted` of a population's `persons` — twice
 * that, as some rows drawn are passed over (and a trial population may be small).
 */
export function samplePercent(persons: number, wanted: number): number {
  return Math.min(100, (100 * 2 * wanted) / Math.max(1, persons));
}

/** What a request of a run differs in from the last: its path, method, headers or body. */
type NextRequest = () => autocannon.Request;

/** Cycles through the given requests, one per call. */
export function rotate(requests: readonly autocannon.Request[]): NextRequest {
  if (requests.length === 0) throw new Error("bench: nothing to request");
  let next = 0;
  return () => {
    next = (next + 1) % requests.length;
    return requests[next] as autocannon.Request;
  };
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** CPU time per request, in µs, of the app and of PostgreSQL (undefined where /proc does not tell). */
  appCpu?: number;
  postgresCpu?: number;
}

async function load(url: string, next: NextRequest, appPid: number | undefined, seconds = SECONDS) {
  const before = { app: processCpu(appPid), postgres: postgresCpu() };
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          const made = next();
          return { ...request, ...made, headers: { ...request.headers, ...made.headers } };
        },
      },
    ],
  });
  const requests = result.requests.total;
  const perRequest = (from: number | undefined, to: number | undefined) =>
    from === undefined || to === undefined || requests === 0 ? undefined : (to - from) / requests / 1000;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    requests,
    appCpu: perRequest(before.app, processCpu(appPid)),
    postgresCpu: perRequest(before.postgres, postgresCpu()),
  } satisfies LoadResult;
}

/** One endpoint of a bench table: its label and how each of its requests is made. */
interface BenchEndpoint {
  label: string;
  next: NextRequest;
}

const µs = (value: number | undefined) => (value === undefined ? "n/a" : `${Math.round(value)} µs`);

/** A table row of a load: req/s, p50, p99, share of the bare route, statements, CPU per request, errors. */
function row(label: string, r: LoadResult, share: string, queries: string): (string | number)[] {
  return [
    label,
    Math.round(r.rps),
    ms(r.p50),
    ms(r.p99),
    share,
    queries,
    µs(r.appCpu),
    µs(r.postgresCpu),
    r.errors,
  ];
}

/**
 * Loads each endpoint for SECONDS at CONNECTIONS, between two runs of the bare route of SECONDS/2 each,
 * and returns the table rows. An endpoint's share is of the bare route's req/s around it: requests per
 * second on a shared machine drift by a third from one minute to the next (pgbench -S here: 17,000 to
 * 31,000 tps between runs), and a share of a bare figure taken a minute earlier would mostly measure
 * that drift. The CPU per request of the app and of PostgreSQL does not drift with it.
 */
async function measureEndpoints(
  origin: string,
  appPid: number | undefined,
  bare: NextRequest,
  endpoints: readonly BenchEndpoint[],
): Promise<(string | number)[][]> {
  const bareRun = () => load(`${origin}/bench/bare`, bare, appPid, Math.max(1, Math.round(SECONDS / 2)));
  const bareRuns: LoadResult[] = [];
  const rows: (string | number)[][] = [];
  await load(`${origin}/bench/bare`, bare, appPid, WARM_UP_SECONDS);
  let before = await bareRun();
  bareRuns.push(before);
  for (const endpoint of endpoints) {
    await load(origin, endpoint.next, appPid, WARM_UP_SECONDS);
    const queriesBefore = await queriesSoFar(origin);
    const r = await load(origin, endpoint.next, appPid);
    const perRequest = ((await queriesSoFar(origin)) - queriesBefore) / Math.max(1, r.requests);
    const after = await bareRun();
    bareRuns.push(after);
    const floor = (before.rps + after.rps) / 2;
    rows.push(row(endpoint.label, r, `${Math.round((100 * r.rps) / floor)} %`, perRequest.toFixed(1)));
    before = after;
  }
  return [row("/bench/bare", averageOf(bareRuns), "100 %", "1"), ...rows];
}

/** The bare route's runs as one row: mean req/s and CPU, the worst p50 and p99, all errors. */
function averageOf(runs: readonly LoadResult[]): LoadResult {
  const mean = (pick: (r: LoadResult) => number | undefined) => {
    const values = runs.map(pick);
    if (values.some((v) => v === undefined)) return undefined;
    return (values as number[]).reduce((a, b) => a + b, 0) / values.length;
  };
  return {
    rps: mean((r) => r.rps) ?? 0,
    p50: Math.max(...runs.map((r) => r.p50)),
    p99: Math.max(...runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    appCpu: mean((r) => r.appCpu),
    postgresCpu: mean((r) => r.postgresCpu),
  };
}

async function queriesSoFar(origin: string): Promise<number> {
  const answer = (await (await fetch(`${origin}/bench/queries`)).json()) as { queries: number };
  return answer.queries;
}

/** Prints the rows of measureEndpoints under a title, with `pgbench -S` measured right after. */
function printBenchTable(url: string, title: string, rows: (string | number)[][]) {
  const pgbench = pgbenchSelectOnly(url);
  console.log(`\n### ${title}\n`);
  printTable(
    [
      "endpoint",
      "req/s",
      "p50",
      "p99",
      "of bare",
      "queries/req",
      "app CPU/req",
      "PostgreSQL CPU/req",
      "errors",
    ],
    rows,
  );
  console.log(
    pgbench
      ? `\npgbench -S (scale 10, ${CONNECTIONS} clients, same machine): ${Math.round(pgbench.tps)} tps, latency average ${ms(pgbench.latency)}`
      : "\npgbench -S: not available on this machine",
  );
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

/** What a bench over HTTP measures, once the population is there. */
interface HttpBench {
  /** The table's title; the run's figures (persons, connections, seconds) follow it. */
  title: string;
  /** Said after those figures, e.g. what the bench turns off. */
  note?: string;
  /** The look-up policy of the app under load (the default one when omitted). */
  lookUps?: LookUpPolicy;
  /** The requests of the bare route and of each endpoint, and what to remove afterwards. */
  prepare(
    db: Db,
    persons: number,
  ): Promise<{ bare: NextRequest; endpoints: BenchEndpoint[]; cleanUp?: () => Promise<void> }>;
}

/**
 * Runs a bench over HTTP: the population of `url`, the real app (buildApp, statements counted) on a
 * local port with the bare route beside it, each endpoint loaded in turn, and the table printed
 * with `pgbench -S` of the same run.
 */
export async function runHttpBench(url: string, bench: HttpBench) {
  const { db, persons } = await population(url);
  const plan = await bench.prepare(db, persons);
  // The pool production runs with: the 50 connections of the load wait for it in the app, as they would.
  const server = await startBenchServer({ url, poolSize: DEFAULT_POOL_SIZE, lookUps: bench.lookUps });
  let rows: (string | number)[][];
  try {
    rows = await measureEndpoints(server.origin, server.pid, plan.bare, plan.endpoints);
  } finally {
    await server.stop();
    await plan.cleanUp?.();
    await db.close();
  }
  // pgbench runs once the app has let its connections go: its 50 clients beside the app's pool would
  // pass PostgreSQL's default max_connections (100), and pgbench would not run at all.
  const run = `PostgreSQL, ${persons.toLocaleString("en")} persons, ${CONNECTIONS} connections, ${SECONDS} s per endpoint between runs of the bare route, app in its own process`;
  printBenchTable(url, `${bench.title} (${run}${bench.note ? `; ${bench.note}` : ""})`, rows);
}

/** Forks bench-server.ts and waits for the origin it listens on. */
async function startBenchServer(options: BenchServerOptions) {
  const child = fork(fileURLToPath(new URL("./bench-server.ts", import.meta.url)), [], {
    execArgv: [
      "--import",
      "tsx",
      ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    env: { ...process.env, BENCH_SERVER: JSON.stringify(options) },
  });
  const origin = await new Promise<string>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { origin: string }).origin));
    child.once("exit", (code) => reject(new Error(`bench: the app under load exited (${code})`)));
  });
  return {
    origin,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.disconnect();
      }),
  };
}

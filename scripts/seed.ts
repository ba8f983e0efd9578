// `npm run seed -- --persons N [--seed S] [--as-of yyyy-mm-dd] [--reset]`
// Loads a synthetic population into the database of DATABASE_URL (PostgreSQL, COPY) or, without it,
// into the embedded PGlite under DATA_DIR. Deterministic for a seed and an as-of day.
import { parseArgs } from "node:util";
import { acquireDataDirLock, createDb, migrate } from "@ansinh/db";
import { loadPopulation, loadReferenceData } from "@ansinh/db/synthetic";
import { loadConfig } from "../apps/api/src/config";

const { values } = parseArgs({
  options: {
    persons: { type: "string", default: "10000" },
    seed: { type: "string", default: "ansinh" },
    "as-of": { type: "string", default: new Date().toISOString().slice(0, 10) },
    reset: { type: "boolean", default: false },
  },
});
const persons = Number(values.persons);
if (!Number.isInteger(persons) || persons < 1) {
  console.error(`seed: --persons must be a positive whole number (got "${values.persons}")`);
  process.exit(1);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(values["as-of"])) {
  console.error(`seed: --as-of must be a date yyyy-mm-dd (got "${values["as-of"]}")`);
  process.exit(1);
}

const config = loadConfig();
const release = config.database.kind === "pglite" ? acquireDataDirLock(config.dataDir) : () => {};
const db = await createDb(
  config.database.kind === "postgres" ? { ...config.database, poolSize: 8 } : config.database,
);
try {
  await migrate(db);
  await loadReferenceData(db);
  const [existing] = await db.query<{ n: number }>(
    "SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM employer)::int AS n",
  );
  if (Number(existing?.n) > 0 && !values.reset) {
    console.error("seed: the database already holds a population; add --reset to replace it");
    process.exit(1);
  }
  if (values.reset) {
    await db.exec(`TRUNCATE medical_visit, benefit_payment, health_insurance_card, participation_period,
      citizen_account, person, household, employer, collection_point, medical_facility CASCADE`);
  }
  const started = Date.now();
  let last = 0;
  console.log(
    `seed: ${persons.toLocaleString("en")} persons into ${db.kind} (seed "${values.seed}", as of ${values["as-of"]})`,
  );
  await loadPopulation(db, {
    persons,
    seed: values.seed,
    asOf: values["as-of"],
    keys: config.keys,
    batchSize: db.kind === "postgres" ? 10_000 : 2_000,
    onProgress: (loaded) => {
      if (loaded - last < persons / 50 && loaded < persons) return;
      last = loaded;
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `seed: ${loaded.toLocaleString("en")} persons (${Math.round((100 * loaded) / persons)} %), ${seconds.toFixed(0)} s, ${Math.round(loaded / seconds).toLocaleString("en")}/s`,
      );
    },
  });
  // VACUUM as well as ANALYZE: a freshly loaded table has no visibility map, so index-only scans
  // still visit the heap, and autovacuum would otherwise do this later, in the middle of whatever
  // runs next (a benchmark's numbers jumped with it).
  await db.exec("VACUUM ANALYZE");
  const [size] = await db.query<{ size: string }>(
    "SELECT pg_size_pretty(pg_database_size(current_database())) AS size",
  );
  console.log(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s; database size ${size?.size}`);
} finally {
  await db.close();
  release();
}

import type { Db } from "@ansinh/db";
import { loadDemoWorld } from "@ansinh/db/synthetic";
import type { FastifyBaseLogger } from "fastify";
import type { Config } from "./config";

/**
 * On the first start of a non-production system, an empty registry gets a small generated population
 * plus the named demo accounts listed in the README, so the apps have something real to show.
 */
export async function loadDemoDataIfEmpty(db: Db, config: Config, log: FastifyBaseLogger) {
  const [row] = await db.query<{ persons: number }>("SELECT count(*)::int AS persons FROM person");
  if ((row?.persons ?? 0) > 0) return;
  const started = Date.now();
  log.info({ persons: config.demoData.persons }, "loading demo data (first start)");
  await loadDemoWorld(db, { persons: config.demoData.persons, keys: config.keys });
  log.info({ ms: Date.now() - started }, "demo data loaded");
}

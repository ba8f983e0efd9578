import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileDocumentStore, type Db, type TestDatabase } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../build-app";
import { type AccountPolicy, LOOK_UP_POLICY, loadConfig } from "../config";

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** A test app whose document store is a directory of its own, for tests that look at the stored files. */
export interface TestAppWithDocuments extends TestApp {
  documentsDir: string;
}

/**
 * The development keys of an empty environment: fine for tests, refused in production. Proofs of
 * work are small (a few milliseconds to solve) so that look-up tests do not spend their time on them.
 */
export const testConfig = {
  env: "test",
  logLevel: "silent",
  keys: loadConfig({}).keys,
  lookUps: { ...LOOK_UP_POLICY, proofOfWorkMaxNumber: 1_000 },
} as const;

/**
 * The real application on a fresh migrated database of the given kind; nothing is mocked. `accounts`
 * overrides the account policy (device binding is on by default, as in production); `trustProxy` puts
 * the app behind those reverse proxies; `redisUrl` counts its per-IP limits in that Redis.
 */
export async function buildTestApp(
  database: TestDatabase,
  options: { accounts?: AccountPolicy; trustProxy?: string[]; redisUrl?: string } = {},
): Promise<TestAppWithDocuments> {
  const db = await database.open();
  const documentsDir = await mkdtemp(join(tmpdir(), "ansinh-test-documents-"));
  const documents = createFileDocumentStore({ directory: documentsDir, keys: testConfig.keys });
  const app = await buildApp({ config: { ...testConfig, ...options }, db, documents });
  await app.ready();
  return {
    app,
    db,
    documentsDir,
    close: async () => {
      await app.close();
      await db.close();
      await rm(documentsDir, { recursive: true, force: true });
    },
  };
}

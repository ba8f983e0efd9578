import type { Db, TestDatabase } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../build-app";
import { loadConfig } from "../config";

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** The development keys of an empty environment: fine for tests, refused in production. */
export const testConfig = { env: "test", logLevel: "silent", keys: loadConfig({}).keys } as const;

/** The real application on a fresh migrated database of the given kind; nothing is mocked. */
export async function buildTestApp(database: TestDatabase): Promise<TestApp> {
  const db = await database.open();
  const app = await buildApp({ config: testConfig, db });
  await app.ready();
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

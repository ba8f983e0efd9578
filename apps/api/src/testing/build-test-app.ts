import type { Db, TestDatabase } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../build-app";

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** The real application on a fresh migrated database of the given kind; nothing is mocked. */
export async function buildTestApp(database: TestDatabase): Promise<TestApp> {
  const db = await database.open();
  const app = await buildApp({ config: { env: "test", logLevel: "silent" }, db });
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

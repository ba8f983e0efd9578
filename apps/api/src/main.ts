import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  acquireDataDirLock,
  createDb,
  createFileDocumentStore,
  DataDirLockedError,
  type Db,
  fieldCipherFor,
  migrate,
} from "@ansinh/db";
import { loadReferenceData } from "@ansinh/db/synthetic";
import { buildApp } from "./build-app";
import { ConfigError, loadConfig } from "./config";
import { loadDemoDataIfEmpty } from "./demo-data";
import { OUTBOX_POLL_MS, startOutboxWorker } from "./outbox/start-outbox-worker";
import { createPaymentProvider } from "./payments/payments-config";
import { startPaymentReconciler } from "./payments/start-payment-reconciler";
import { createSmsProvider } from "./sms/create-sms-provider";
import { smsHandlers } from "./sms/sms-handlers";

/**
 * The embedded-mode process: one process owns the PGlite directory, runs migrations, loads demo data
 * on a first start, and serves /api plus both web apps. With DATABASE_URL it is one of many stateless
 * processes sharing PostgreSQL.
 */
const webDir = (app: string) => fileURLToPath(new URL(`../../${app}/dist`, import.meta.url));

async function main() {
  const config = loadConfig();
  const release = config.database.kind === "pglite" ? acquireDataDirLock(config.dataDir) : () => {};
  let db: Db | undefined;
  try {
    db = await connect(config.database);
    const migration = await migrate(db);
    // Reference data follows the JSON in packages/domain: a corrected figure reaches the database on
    // the next start, in production as in development.
    await loadReferenceData(db);
    const app = await buildApp({
      config,
      db,
      web: { citizen: webDir("citizen"), console: webDir("console") },
      documents: createFileDocumentStore({ directory: join(config.dataDir, "documents"), keys: config.keys }),
    });
    if (config.demoData.enabled) await loadDemoDataIfEmpty(db, config, app.log);
    await app.listen({ host: config.host, port: config.port });
    const outbox = startOutboxWorker({
      db,
      handlers: smsHandlers(createSmsProvider(config.sms)),
      log: app.log.child({ component: "outbox" }),
      intervalMs: OUTBOX_POLL_MS,
    });
    // Payments left pending (a closed tab, a lost callback) are asked about and settled or expired.
    const reconciler =
      config.payments &&
      startPaymentReconciler({
        context: { db, cipher: fieldCipherFor(config.keys) },
        provider: createPaymentProvider(config.payments, db),
        log: app.log.child({ component: "payments" }),
      });
    app.log.info({ database: db.kind, migration: migration.version }, "AnSinh is ready");
    const openDb = db;
    const stop = async (signal: string) => {
      app.log.info({ signal }, "shutting down");
      await app.close();
      // The batch in flight still has to record its deliveries, so the database closes last.
      await outbox.stop();
      await reconciler?.stop();
      await openDb.close();
      release();
      process.exit(0);
    };
    process.once("SIGINT", () => void stop("SIGINT"));
    process.once("SIGTERM", () => void stop("SIGTERM"));
  } catch (error) {
    await db?.close().catch(() => {});
    release();
    throw error;
  }
}

async function connect(database: Parameters<typeof createDb>[0]): Promise<Db> {
  try {
    return await createDb(database);
  } catch (error) {
    const where = database.kind === "postgres" ? redactPassword(database.url) : database.dataDir;
    throw new StartupError(`Cannot open the database at ${where}: ${(error as Error).message}`);
  }
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

class StartupError extends Error {}

main().catch((error: unknown) => {
  // Expected failures are explained in one line; anything else is a bug and keeps its stack.
  if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof StartupError) {
    console.error(`AnSinh cannot start: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`AnSinh cannot start: port ${process.env.PORT ?? 3000} is already in use`);
  } else {
    console.error(error);
  }
  process.exit(1);
});

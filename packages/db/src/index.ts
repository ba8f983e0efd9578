export { createDb, type Database, type Db, type DbConfig, type SqlRunner } from "./create-db";
export { acquireDataDirLock, DataDirLockedError } from "./data-dir-lock";
export { type MigrationState, migrate, migrationState } from "./migrate";
export * as schema from "./schema";
export { type TestDatabase, testDatabases } from "./testing/test-databases";
export { uuidv7 } from "./uuidv7";

export { createDb, type Database, type Db, type DbConfig, type SqlRunner } from "./create-db";
export { type FieldCipher, fieldCipherFor } from "./crypto/field-cipher";
export { acquireDataDirLock, DataDirLockedError } from "./data-dir-lock";
export { createFileDocumentStore, DocumentNotFoundError, type DocumentStore } from "./documents";
export { type MigrationState, migrate, migrationState } from "./migrate";
export * from "./outbox";
export {
  type ActiveSession,
  insertSession,
  revokeSession,
  touchSession,
} from "./repositories/sessions";
export {
  findStaffCredentials,
  findStaffProfile,
  insertStaff,
  type NewStaff,
  recordFailedStaffLogin,
  recordStaffLogin,
  type StaffProfile,
  type StaffRole,
} from "./repositories/staff-users";
export * as schema from "./schema";
export { type TestDatabase, testDatabases } from "./testing/test-databases";
export { uuidv7 } from "./uuidv7";

export { createDb, type Database, type Db, type DbConfig, type SqlRunner } from "./create-db";
export { type FieldCipher, fieldCipherFor } from "./crypto/field-cipher";
export { acquireDataDirLock, DataDirLockedError } from "./data-dir-lock";
export { createFileDocumentStore, DocumentNotFoundError, type DocumentStore } from "./documents";
export { type MigrationState, migrate, migrationState } from "./migrate";
export * from "./outbox";
export { logStaffAccess, type StaffAccess } from "./repositories/access-log";
export {
  type CitizenProfile,
  citizenPasswordHash,
  findCitizenCredentials,
  findCitizenProfile,
  recordCitizenLogin,
  setCitizenPassword,
} from "./repositories/citizen-accounts";
export { type DocumentKind, insertDocument, type NewDocument } from "./repositories/documents";
export {
  type DecidedDossier,
  type DossierDecision,
  type DossierDocument,
  type DossierHistoryEntry,
  type DossierQueueItem,
  type DossierStatus,
  decideDossier,
  findOfficeDossier,
  findOfficeDossierDocument,
  findOfficeDossierState,
  insertCitizenAccount,
  listDossierDocuments,
  listDossierEvents,
  listOfficeDossiers,
  type OfficeDossier,
  type OfficeDossierDocument,
  type RegistryRecord,
  type RejectReason,
} from "./repositories/dossier-review";
export { type AccountKind, recordFailedLogin } from "./repositories/login-failures";
export { findOffice, listOffices, type PublicOffice } from "./repositories/offices";
export {
  attachDossierDocument,
  type FiledDossier,
  findDossierBySubmission,
  findPendingDossierNumber,
  findRegistrant,
  insertAccountDossier,
  insertDossierEvent,
  type NewAccountDossier,
  type Registrant,
} from "./repositories/registrations";
export {
  type ActiveSession,
  insertSession,
  revokeOtherSessions,
  revokeSession,
  touchSession,
} from "./repositories/sessions";
export {
  findStaffCredentials,
  findStaffProfile,
  insertStaff,
  type NewStaff,
  recordStaffLogin,
  type StaffProfile,
  type StaffRole,
} from "./repositories/staff-users";
export * as schema from "./schema";
export { type TestDatabase, testDatabases } from "./testing/test-databases";
export { uuidv7 } from "./uuidv7";

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
  findSignedInCitizen,
  findSignedInCitizenReading,
  recordCitizenLogin,
  resetCitizenPassword,
  setCitizenPassword,
} from "./repositories/citizen-accounts";
export {
  type BoundDevice,
  bindFirstDevice,
  consumeDeviceNonce,
  findActiveDevice,
  insertDeviceNonce,
  replaceDevice,
} from "./repositories/devices";
export { type DocumentKind, insertDocument, type NewDocument } from "./repositories/documents";
export {
  type DecidedDossier,
  type DossierDecision,
  type DossierDocument,
  type DossierHistoryEntry,
  type DossierQueueItem,
  type DossierStatus,
  decideDossier,
  findDossierFamily,
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
export * from "./repositories/help-chat";
export * from "./repositories/help-limits";
export { type AccountKind, recordFailedLogin } from "./repositories/login-failures";
export * from "./repositories/look-ups";
export { findOffice, listOffices, type PublicOffice } from "./repositories/offices";
export {
  consumeOtpChallenge,
  countOtpSent,
  findOtpChallenge,
  insertOtpChallenge,
  type OtpChallenge,
  type OtpPurpose,
  recordOtpSent,
  takeOtpTry,
} from "./repositories/otp-challenges";
export * from "./repositories/payments";
export * from "./repositories/petitions";
export * from "./repositories/public-service-effects";
export * from "./repositories/public-services";
export * from "./repositories/records";
export {
  attachDossierDocument,
  type FiledDossier,
  findDossierBySubmission,
  findHouseholdChild,
  findPendingDossierNumber,
  findRegistrant,
  type HouseholdChild,
  insertAccountDossier,
  insertDossierEvent,
  type NewAccountDossier,
  type Registrant,
} from "./repositories/registrations";
export {
  insertSession,
  revokeOtherSessions,
  revokePersonSessions,
  revokeSession,
  sessionRevokedReason,
} from "./repositories/sessions";
export {
  type Colleague,
  findSignedInStaff,
  findStaffCredentials,
  findStaffOffice,
  findStaffProfile,
  findTakenStaffNames,
  insertStaff,
  isOfficeStaffInRoles,
  listManagedOffices,
  listOfficeStaff,
  listOfficeStaffInRoles,
  lockStaffCreation,
  type NewStaff,
  type OfficeStaffMember,
  recordStaffLogin,
  type StaffOffice,
  type StaffProfile,
} from "./repositories/staff-users";
export * as schema from "./schema";
export { ensureDatabase, openPostgres, type TestDatabase, testDatabases } from "./testing/test-databases";
export { uuidv7 } from "./uuidv7";

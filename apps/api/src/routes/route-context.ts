import type { Db, DocumentStore, FieldCipher } from "@ansinh/db";

/** What route plugins receive from buildApp: the database and the services built from configuration. */
export interface RouteContext {
  db: Db;
  cipher: FieldCipher;
  /** Uploaded documents (ID-card photos…), encrypted at rest. */
  documents: DocumentStore;
  /** Set the Secure flag on cookies (production is served over HTTPS only). */
  secureCookies: boolean;
}

import type { Db, FieldCipher } from "@ansinh/db";

/** What route plugins receive from buildApp: the database and the services built from configuration. */
export interface RouteContext {
  db: Db;
  cipher: FieldCipher;
  /** Set the Secure flag on cookies (production is served over HTTPS only). */
  secureCookies: boolean;
}

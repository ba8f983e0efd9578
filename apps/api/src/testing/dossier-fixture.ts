import { createFileDocumentStore, type Db, fieldCipherFor, uuidv7 } from "@ansinh/db";
import type { StaffRole } from "@ansinh/domain";
import sharp from "sharp";
import { type TestApp, testConfig } from "./build-test-app";
import { createTestPerson, type TestPerson } from "./person-fixture";
import { createTestStaff, signInAs } from "./staff-fixture";

/**
 * Account dossiers for the staff-review tests, written straight into the tables (person, document,
 * account_dossier, dossier_document, the "submitted" event) with the photos sealed in the app's own
 * document store. When the registration API is in place this can submit through it instead; the tests
 * only rely on what it returns.
 */
interface FixtureApp {
  db: Db;
  /** The document store directory of the app under test (buildTestApp). */
  documentsDir: string;
}

const cipher = fieldCipherFor(testConfig.keys);

export interface TestDossier {
  id: string;
  number: string;
  person: TestPerson;
  /** Document ids by kind. */
  documents: Record<string, string>;
  /** The plain image bytes stored for each document id. */
  images: Map<string, Buffer>;
}

interface DossierOptions {
  officeCode?: string;
  kind?: "self" | "child";
  person?: TestPerson;
  filedBy?: TestPerson;
  /** Defaults to the person's registry phone. */
  phone?: string;
  email?: string | null;
  /** The ID number typed; defaults to the registry's. Null for none. */
  nationalId?: string | null;
  submittedMinutesAgo?: number;
}

let sequence = 0;

export async function createTestDossier(t: FixtureApp, options: DossierOptions = {}): Promise<TestDossier> {
  const person = options.person ?? (await createTestPerson(t));
  const kind = options.kind ?? "self";
  const id = uuidv7();
  sequence += 1;
  const number = `HS${Date.now().toString().slice(-8)}${String(sequence).padStart(4, "0")}`;
  const nationalId = options.nationalId === undefined ? person.nationalId : options.nationalId;
  const minutesAgo = options.submittedMinutesAgo ?? 5;
  await t.db.query(
    `INSERT INTO account_dossier (id, number, kind, person_id, filed_by_person_id, office_code, phone, email,
       national_id_cipher, submission_id, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() - make_interval(mins => $11))`,
    [
      id,
      number,
      kind,
      person.id,
      options.filedBy?.id ?? null,
      options.officeCode ?? "BHXH-79",
      options.phone ?? options.filedBy?.phone ?? person.phone,
      options.email ?? null,
      nationalId === null ? null : cipher.encrypt(nationalId),
      uuidv7(),
      minutesAgo,
    ],
  );
  await t.db.query(
    `INSERT INTO dossier_event (id, dossier_id, at, action)
     SELECT $1, id, submitted_at, 'submitted' FROM account_dossier WHERE id = $2`,
    [uuidv7(), id],
  );

  const store = createFileDocumentStore({ directory: t.documentsDir, keys: testConfig.keys });
  const kinds = kind === "child" ? ["child_portrait", "birth_certificate"] : ["id_front", "id_back"];
  const documents: Record<string, string> = {};
  const images = new Map<string, Buffer>();
  for (const [i, documentKind] of kinds.entries()) {
    const image = await sharp({
      create: { width: 16, height: 10, channels: 3, background: { r: 40 * i, g: 120, b: 200 } },
    })
      .jpeg()
      .toBuffer();
    const stored = await store.put({ personId: person.id }, image, "image/jpeg");
    await t.db.query(
      `INSERT INTO document (id, person_id, kind, mime, size, sha256) VALUES ($1, $2, $3, 'image/jpeg', $4, $5)`,
      [stored.id, person.id, documentKind, stored.size, stored.sha256],
    );
    await t.db.query("INSERT INTO dossier_document (dossier_id, document_id) VALUES ($1, $2)", [
      id,
      stored.id,
    ]);
    documents[documentKind] = stored.id;
    images.set(stored.id, image);
  }
  return { id, number, person, documents, images };
}

/** The dossier's status as stored (undefined if there is no such dossier). */
export async function dossierStatus(t: { db: Db }, dossierId: string): Promise<string | undefined> {
  const [row] = await t.db.query<{ status: string }>("SELECT status FROM account_dossier WHERE id = $1", [
    dossierId,
  ]);
  return row?.status;
}

/** The staff access log entries about a person, oldest first. */
export async function accessLogOf(t: { db: Db }, personId: string) {
  return t.db.query<{ staffId: string; officeCode: string; what: string; why: string; requestId: string }>(
    `SELECT staff_id AS "staffId", office_code AS "officeCode", what, why, request_id AS "requestId"
     FROM staff_access_log WHERE person_id = $1 ORDER BY id`,
    [personId],
  );
}

/** A staff member of the given office and role, signed in: returns their id and session cookie. */
export async function signedInStaff(
  t: TestApp,
  username: string,
  options: { officeCode?: string; role?: StaffRole; fullName?: string } = {},
): Promise<{ id: string; cookie: string }> {
  const staff = await createTestStaff(
    t,
    username,
    options.officeCode ?? "BHXH-79",
    options.role ?? "reviewer",
  );
  const [row] = await t.db.query<{ id: string }>(
    "UPDATE staff_user SET full_name = coalesce($2, full_name) WHERE username = $1 RETURNING id",
    [username, options.fullName ?? null],
  );
  if (!row) throw new Error(`no staff ${username}`);
  return { id: row.id, cookie: await signInAs(t.app, staff) };
}

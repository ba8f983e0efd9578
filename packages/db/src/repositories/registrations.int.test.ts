import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../create-db";
import { loadReferenceData } from "../synthetic/reference-data";
import { testDatabases } from "../testing/test-databases";
import { uuidv7 } from "../uuidv7";
import { insertDocument } from "./documents";
import {
  attachDossierDocument,
  findDossierBySubmission,
  findHouseholdChild,
  findPendingDossierNumber,
  findRegistrant,
  insertAccountDossier,
  insertDossierEvent,
  type NewAccountDossier,
} from "./registrations";

let serial = 0;

async function insertPerson(db: Db): Promise<{ id: string; bhxhNumber: string }> {
  serial++;
  const id = uuidv7();
  const bhxhNumber = `01${String(50_000_000 + serial).padStart(8, "0")}`;
  await db.query(
    `INSERT INTO person (id, bhxh_number, full_name, name_folded, birth_year, sex, national_id_index,
       province_code, commune, address_line, origin_province_code)
     VALUES ($1, $2, 'Nguyễn Văn A', 'nguyen van a', 1990, 'male', $3, '01', 'Phường X', 'Số 1', '01')`,
    [id, bhxhNumber, `index-${serial}`],
  );
  return { id, bhxhNumber };
}

const dossierFor = (personId: string, overrides: Partial<NewAccountDossier> = {}): NewAccountDossier => ({
  id: uuidv7(),
  number: `HS260101${String(100_000 + ++serial).padStart(6, "0")}`,
  kind: "self",
  personId,
  officeCode: "BHXH-01",
  phone: "0912345678",
  email: null,
  nationalIdCipher: Buffer.from([1, 2, 3]),
  submissionId: crypto.randomUUID(),
  ...overrides,
});

describe.each(testDatabases)("registration repository on $kind", ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await loadReferenceData(db);
  });
  afterAll(() => db.close());

  it("finds the registrant with its account and pending dossier, in one query", async () => {
    const person = await insertPerson(db);
    expect(await findRegistrant(db, "0100000000")).toBeUndefined();
    expect(await findRegistrant(db, person.bhxhNumber)).toEqual({
      personId: person.id,
      nameFolded: "nguyen van a",
      nationalIdIndex: expect.stringMatching(/^index-/),
      hasAccount: false,
      pendingDossierNumber: null,
    });

    await db.query(
      "INSERT INTO citizen_account (person_id, password_hash, must_change_password, status) VALUES ($1, 'x', false, 'closed')",
      [person.id],
    );
    expect((await findRegistrant(db, person.bhxhNumber))?.hasAccount).toBe(false);
    await db.query("UPDATE citizen_account SET status = 'locked' WHERE person_id = $1", [person.id]);
    expect((await findRegistrant(db, person.bhxhNumber))?.hasAccount).toBe(true);

    const dossier = dossierFor(person.id);
    expect(await insertAccountDossier(db, dossier)).toBe(true);
    expect((await findRegistrant(db, person.bhxhNumber))?.pendingDossierNumber).toBe(dossier.number);
    expect(await findPendingDossierNumber(db, person.id)).toBe(dossier.number);
  });

  it("refuses a repeated submission, number or second pending dossier without aborting the transaction", async () => {
    const person = await insertPerson(db);
    const other = await insertPerson(db);
    const first = dossierFor(person.id);
    await db.transaction(async (tx) => {
      expect(await insertAccountDossier(tx, first)).toBe(true);
      expect(await insertAccountDossier(tx, dossierFor(other.id, { submissionId: first.submissionId }))).toBe(
        false,
      );
      expect(await insertAccountDossier(tx, dossierFor(other.id, { number: first.number }))).toBe(false);
      expect(await insertAccountDossier(tx, dossierFor(person.id))).toBe(false);
      // Still usable: the refused inserts did not abort it.
      const documentId = uuidv7();
      await insertDocument(tx, {
        id: documentId,
        personId: person.id,
        kind: "id_front",
        mime: "image/jpeg",
        size: 10,
        sha256: "0".repeat(64),
      });
      await attachDossierDocument(tx, first.id, documentId);
      await insertDossierEvent(tx, { id: uuidv7(), dossierId: first.id, action: "submitted" });
    });
    expect(await findDossierBySubmission(db, first.submissionId)).toEqual({
      id: first.id,
      number: first.number,
      status: "pending",
      bhxhNumber: person.bhxhNumber,
      filedByPersonId: null,
      officeCode: "BHXH-01",
      officeName: "Bảo hiểm xã hội thành phố Hà Nội",
    });
    expect(await db.query("SELECT 1 FROM dossier_document WHERE dossier_id = $1", [first.id])).toHaveLength(
      1,
    );
    expect(await findPendingDossierNumber(db, other.id)).toBeUndefined();
  });

  it("finds a child only in the filer's own household, with the filer's account phone", async () => {
    const parent = await insertPerson(db);
    const child = await insertPerson(db);
    const outsider = await insertPerson(db);
    const household = uuidv7();
    await db.query(
      "INSERT INTO household (id, code, head_person_id, province_code, address) VALUES ($1, $2, $3, '01', 'Số 1')",
      [household, `01HH${serial}`, parent.id],
    );
    await db.query(
      "UPDATE person SET household_id = $2, birth_date = '2016-03-08', birth_year = 2016 WHERE id = ANY($1::uuid[])",
      [[parent.id, child.id], household],
    );
    await db.query("UPDATE person SET relation_to_head = 'head' WHERE id = $1", [parent.id]);
    await db.query("UPDATE person SET relation_to_head = 'child' WHERE id = $1", [child.id]);
    await db.query(
      "INSERT INTO citizen_account (person_id, password_hash, must_change_password, status, phone) VALUES ($1, 'x', false, 'active', '0918222333')",
      [parent.id],
    );
    await insertAccountDossier(db, dossierFor(child.id, { kind: "child", filedByPersonId: parent.id }));

    const found = await findHouseholdChild(db, { filerPersonId: parent.id, bhxhNumber: child.bhxhNumber });
    expect(found).toEqual({
      filerPhone: "0918222333",
      filerRelation: "head",
      child: {
        personId: child.id,
        nameFolded: "nguyen van a",
        relation: "child",
        birthDate: "2016-03-08",
        birthYear: 2016,
        hasAccount: false,
        pendingDossierNumber: expect.stringMatching(/^HS/),
      },
    });
    for (const bhxhNumber of [outsider.bhxhNumber, parent.bhxhNumber, "0199999999"]) {
      expect(await findHouseholdChild(db, { filerPersonId: parent.id, bhxhNumber })).toEqual({
        filerPhone: "0918222333",
        filerRelation: "head",
        child: null,
      });
    }
    // Two persons in no household are not in the same one.
    expect(
      (await findHouseholdChild(db, { filerPersonId: outsider.id, bhxhNumber: child.bhxhNumber })).child,
    ).toBeNull();
  });
});

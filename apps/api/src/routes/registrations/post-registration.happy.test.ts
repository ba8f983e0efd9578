import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { createFileDocumentStore, fieldCipherFor, testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments, testConfig } from "../../testing/build-test-app";
import { createTestPerson } from "../../testing/person-fixture";
import { postRegistration, registrationForm, testJpeg } from "../../testing/registration-fixture";

const ACK = (bhxh: string, number: string) =>
  `BHXH Viet Nam da nhan to khai cua ma so ${bhxh} voi so ho so ${number}. Tai khoan va mat khau se duoc gui ngay sau khi ho so duoc phe duyet. Lien he 19009068 de duoc ho tro`;

/** Every file under the document store's directory (they sit two levels down). */
async function storedFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe.each(testDatabases)("registration on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("files a pending dossier with both photos, its history and the acknowledgement SMS", async () => {
    const person = await createTestPerson(t);
    const form = await registrationForm(person);
    const res = await postRegistration(t, form);

    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      dossierNumber: expect.stringMatching(/^HS\d{12}$/),
      status: "pending",
      office: { code: "BHXH-79", name: "Bảo hiểm xã hội thành phố Hồ Chí Minh" },
    });

    const [dossier] = await t.db.query<{
      id: string;
      kind: string;
      status: string;
      phone: string;
      email: string;
      officeCode: string;
      personId: string;
      submissionId: string;
      nationalIdCipher: Uint8Array;
    }>(
      `SELECT id, kind, status, phone, email, office_code AS "officeCode", person_id AS "personId",
              submission_id AS "submissionId", national_id_cipher AS "nationalIdCipher"
         FROM account_dossier WHERE number = $1`,
      [body.dossierNumber],
    );
    expect(dossier).toMatchObject({
      kind: "self",
      status: "pending",
      phone: "0912345678",
      email: "thu.hang@example.vn",
      officeCode: "BHXH-79",
      personId: person.id,
      submissionId: form.submissionId,
    });
    if (!dossier) throw new Error("no dossier");
    // The ID number is kept encrypted with the field keys, never in clear.
    expect(Buffer.from(dossier.nationalIdCipher).includes(person.nationalId)).toBe(false);
    expect(fieldCipherFor(testConfig.keys).decrypt(dossier.nationalIdCipher)).toBe(person.nationalId);

    const documents = await t.db.query<{
      id: string;
      kind: string;
      mime: string;
      size: number;
      sha256: string;
    }>(
      `SELECT d.id, d.kind, d.mime, d.size, d.sha256 FROM document d
         JOIN dossier_document dd ON dd.document_id = d.id WHERE dd.dossier_id = $1 AND d.person_id = $2
        ORDER BY d.kind DESC`,
      [dossier.id, person.id],
    );
    expect(documents.map((d) => d.kind)).toEqual(["id_front", "id_back"]);
    const store = createFileDocumentStore({ directory: t.documentsDir, keys: testConfig.keys });
    for (const doc of documents) {
      const content = await store.get(doc.id);
      expect(content).toMatchObject({ mime: "image/jpeg", owner: { personId: person.id } });
      expect(content.data.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
      expect(createHash("sha256").update(content.data).digest("hex")).toBe(doc.sha256);
      expect(content.data.length).toBe(doc.size);
    }

    const events = await t.db.query<{ action: string; staffId: string | null }>(
      `SELECT action, staff_id AS "staffId" FROM dossier_event WHERE dossier_id = $1`,
      [dossier.id],
    );
    expect(events).toEqual([{ action: "submitted", staffId: null }]);

    const outbox = await t.db.query<{ topic: string; payload: { to: string; text: string } }>(
      "SELECT topic, payload FROM outbox WHERE dedupe_key = $1",
      [`dossier-ack:${dossier.id}`],
    );
    expect(outbox).toEqual([
      { topic: "sms.send", payload: { to: "0912345678", text: ACK(person.bhxhNumber, body.dossierNumber) } },
    ]);
  });

  it("makes one dossier of the same submission sent twice, and answers the retry with it", async () => {
    const person = await createTestPerson(t, { fullName: "Lê Văn Tám" });
    const form = await registrationForm(person);
    const first = await postRegistration(t, form);
    const again = await postRegistration(t, { ...form, idFront: await testJpeg(900, 600) });

    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const rows = await t.db.query("SELECT 1 FROM account_dossier WHERE person_id = $1", [person.id]);
    expect(rows).toHaveLength(1);
    const sms = await t.db.query("SELECT 1 FROM outbox WHERE payload->>'text' LIKE $1", [
      `%${first.json().dossierNumber}%`,
    ]);
    expect(sms).toHaveLength(1);
  });

  it("makes one dossier of a double tap, and keeps only its two photos", async () => {
    const person = await createTestPerson(t, { fullName: "Phạm Thị Hai Lần" });
    const form = await registrationForm(person);
    const before = (await storedFiles(t.documentsDir)).length;
    const answers = await Promise.all([postRegistration(t, form), postRegistration(t, form)]);

    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(answers[0]?.json().dossierNumber).toBe(answers[1]?.json().dossierNumber);
    expect(await t.db.query("SELECT 1 FROM account_dossier WHERE person_id = $1", [person.id])).toHaveLength(
      1,
    );
    expect(await t.db.query("SELECT 1 FROM document WHERE person_id = $1", [person.id])).toHaveLength(2);
    expect((await storedFiles(t.documentsDir)).length).toBe(before + 2);
  });

  it("matches the name however it is typed: marks, case and spaces", async () => {
    const person = await createTestPerson(t, { fullName: "Nguyễn Đức Anh" });
    const res = await postRegistration(
      t,
      await registrationForm(person, {
        fullName: "  nguyen   duc ANH ",
        nationalId: `${person.nationalId.slice(0, 4)} ${person.nationalId.slice(4)}`,
      }),
    );
    expect(res.statusCode).toBe(201);
  });
});

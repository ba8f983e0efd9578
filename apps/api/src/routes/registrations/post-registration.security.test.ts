import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { createTestPerson, type TestPerson } from "../../testing/person-fixture";
import { multipart, postRegistration, registrationForm, testJpeg } from "../../testing/registration-fixture";

/** Nothing of the registry record may appear in any answer, whatever the answer is. */
function expectNoRegistryData(body: string, person: TestPerson) {
  for (const secret of [
    person.id,
    person.nationalId,
    person.birthDate,
    person.birthDate.split("-").reverse().join("/"),
    person.birthDate.slice(0, 4),
    person.addressLine,
    person.commune,
    person.phone,
    person.sex,
  ]) {
    expect(body).not.toContain(secret);
  }
}

describe.each(testDatabases)("registration security on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("reveals nothing of the registry in a success, a mismatch or a conflict", async () => {
    const person = await createTestPerson(t, { fullName: "Lý Thị Bảo Mật" });
    const answers = [
      await postRegistration(t, await registrationForm(person, { fullName: "Lý Thị Bảo" })),
      await postRegistration(t, await registrationForm(person)),
      await postRegistration(t, await registrationForm(person)),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([400, 201, 409]);
    for (const answer of answers) expectNoRegistryData(answer.body, person);
    // A mismatch names no field, so it cannot tell which part was right.
    expect(answers[0]?.json().errors).toBeUndefined();
  });

  it("does not say whether a BHXH number exists: a known and an unknown number get the same answer", async () => {
    const person = await createTestPerson(t, { fullName: "Tạ Văn Ẩn" });
    const known = await postRegistration(t, await registrationForm(person, { fullName: "Tạ Văn Hiện" }));
    const unknown = await postRegistration(t, await registrationForm(person, { bhxhNumber: "7999999999" }));
    expect(known.statusCode).toBe(unknown.statusCode);
    expect(known.json().detail).toEqual(unknown.json().detail);
    expect(Object.keys(known.json()).sort()).toEqual(Object.keys(unknown.json()).sort());
  });

  it("does not hand out someone else's dossier for a reused submission id", async () => {
    const owner = await createTestPerson(t, { fullName: "Chủ Hồ Sơ" });
    const other = await createTestPerson(t, { fullName: "Người Khác" });
    const form = await registrationForm(owner);
    const filed = await postRegistration(t, form);
    expect(filed.statusCode).toBe(201);
    const res = await postRegistration(t, await registrationForm(other, { submissionId: form.submissionId }));
    expect(res.statusCode).toBe(409);
    expect(res.body).not.toContain(filed.json().dossierNumber);
    expect(res.body).not.toContain(owner.bhxhNumber);
  });

  it("stores the photos encrypted and stripped: no file holds the picture or its metadata in clear", async () => {
    const person = await createTestPerson(t, { fullName: "Võ Thị Kín" });
    const form = await registrationForm(person);
    expect((await postRegistration(t, form)).statusCode).toBe(201);
    const entries = await readdir(t.documentsDir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 2)).not.toEqual(Buffer.from([0xff, 0xd8]));
      expect(bytes.includes("JFIF")).toBe(false);
      expect(bytes.includes((form.idFront as Buffer).subarray(200, 264))).toBe(false);
    }
  });

  it("refuses a third file and too many fields without a server error", async () => {
    const person = await createTestPerson(t);
    const third = await postRegistration(t, {
      ...(await registrationForm(person)),
      extra: await testJpeg(),
    });
    expect(third.statusCode).toBe(413);
    const fields = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, "x"]));
    const many = await postRegistration(t, { ...fields, ...(await registrationForm(person)) });
    expect(many.statusCode).toBe(413);
    expect(await t.db.query("SELECT 1 FROM account_dossier WHERE person_id = $1", [person.id])).toHaveLength(
      0,
    );
  });

  it("needs no session, and a session cookie changes nothing", async () => {
    const person = await createTestPerson(t, { fullName: "Khách Vãng Lai" });
    const { payload, headers } = await multipart(await registrationForm(person));
    const res = await t.app.inject({
      method: "POST",
      url: "/api/registrations",
      payload,
      headers: { ...headers, cookie: "ansinh_staff=forged" },
    });
    expect(res.statusCode).toBe(201);
  });
});

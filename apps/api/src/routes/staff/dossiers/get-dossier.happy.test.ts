import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { accessLogOf, createTestDossier, signedInStaff } from "../../../testing/dossier-fixture";
import { createTestHousehold } from "../../../testing/household-fixture";
import { createTestPerson } from "../../../testing/person-fixture";

describe.each(testDatabases)("GET /api/staff/dossiers/:id on $kind", (database) => {
  let t: TestAppWithDocuments;
  let reviewer: { id: string; cookie: string };
  const view = (id: string, cookie = reviewer.cookie, requestId?: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/staff/dossiers/${id}`,
      headers: { cookie, ...(requestId ? { "x-request-id": requestId } : {}) },
    });
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await signedInStaff(t, "xem.ho.so", { fullName: "Lê Thị Duyệt" });
  });
  afterAll(() => t.close());

  it("shows what was submitted beside the registry record, with the photos", async () => {
    const person = await createTestPerson(t, {
      fullName: "Phạm Thị Mai",
      nationalId: "079190001234",
      birthDate: "1990-04-12",
      sex: "male",
      addressLine: "12 Lê Lợi",
      commune: "Phường Bến Thành",
    });
    const dossier = await createTestDossier(t, { person, email: "mai@example.vn" });
    const res = await view(dossier.id);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: dossier.id,
      number: dossier.number,
      kind: "self",
      status: "pending",
      decidedAt: null,
      submitted: {
        bhxhNumber: person.bhxhNumber,
        fullName: "Phạm Thị Mai",
        nationalId: "079190001234",
        phone: person.phone,
        email: "mai@example.vn",
        office: { code: "BHXH-79", name: "Bảo hiểm xã hội thành phố Hồ Chí Minh" },
      },
      registry: {
        bhxhNumber: person.bhxhNumber,
        fullName: "Phạm Thị Mai",
        birthDate: "1990-04-12",
        birthYear: 1990,
        sex: "male",
        nationalIdKind: "cccd",
        nationalId: "079190001234",
        phone: person.phone,
        email: null,
        address: { line: "12 Lê Lợi", commune: "Phường Bến Thành", province: expect.any(String) },
      },
      matches: { bhxhNumber: true, fullName: true, nationalId: true, phone: true, email: null },
      filedBy: null,
    });
    expect(body.documents).toHaveLength(2);
    expect(body.documents).toEqual(
      expect.arrayContaining([
        {
          id: dossier.documents.id_front,
          kind: "id_front",
          url: `/api/staff/dossiers/${dossier.id}/documents/${dossier.documents.id_front}`,
        },
        {
          id: dossier.documents.id_back,
          kind: "id_back",
          url: `/api/staff/dossiers/${dossier.id}/documents/${dossier.documents.id_back}`,
        },
      ]),
    );
  });

  it("flags the fields that do not match the registry", async () => {
    const dossier = await createTestDossier(t, { phone: "0387654321", nationalId: "079190009999" });
    const res = await view(dossier.id);
    expect(res.json().matches).toEqual({
      bhxhNumber: true,
      fullName: true,
      nationalId: false,
      phone: false,
      email: null,
    });
    expect(res.json().submitted.nationalId).toBe("079190009999");
  });

  it("shows a child's dossier with the parent who filed it, the household and the child's photos", async () => {
    const parent = await createTestPerson(t, { fullName: "Võ Văn Cha" });
    const child = await createTestPerson(t, { fullName: "Võ Thị Con", birthDate: "2015-06-01" });
    const household = await createTestHousehold(t, [parent, child]);
    const dossier = await createTestDossier(t, {
      kind: "child",
      person: child,
      filedBy: parent,
      nationalId: null,
    });
    const body = (await view(dossier.id)).json();
    expect(body).toMatchObject({
      kind: "child",
      filedBy: { bhxhNumber: parent.bhxhNumber, fullName: "Võ Văn Cha", sameHousehold: true },
      registry: { birthDate: "2015-06-01", household: { code: household.code, relationToHead: "child" } },
      submitted: { fullName: "Võ Thị Con", nationalId: null, phone: parent.phone },
      matches: { nationalId: null, phone: false },
    });
    expect(body.documents.map((d: { kind: string }) => d.kind).sort()).toEqual([
      "birth_certificate",
      "child_portrait",
    ]);
    // The household is read when the page is opened: a parent who has moved out shows as such.
    await t.db.query("UPDATE person SET household_id = NULL WHERE id = $1", [parent.id]);
    expect((await view(dossier.id)).json().filedBy.sameHousehold).toBe(false);
  });

  it("lists the history with the staff member's name, reason and note", async () => {
    const dossier = await createTestDossier(t);
    const reject = await t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${dossier.id}/reject`,
      headers: { cookie: reviewer.cookie },
      payload: { reason: "data_mismatch", note: "Số CCCD khác với dữ liệu" },
    });
    expect(reject.statusCode).toBe(200);
    const body = (await view(dossier.id)).json();
    expect(body.status).toBe("rejected");
    expect(body.decidedAt).not.toBeNull();
    expect(body.history).toEqual([
      { at: expect.any(String), action: "submitted", staffName: null, reason: null, note: null },
      {
        at: body.decidedAt,
        action: "rejected",
        staffName: "Lê Thị Duyệt",
        reason: "data_mismatch",
        note: "Số CCCD khác với dữ liệu",
      },
    ]);
  });

  it("writes each view to the person's access log with who, where, what, why and the request id", async () => {
    const dossier = await createTestDossier(t);
    await view(dossier.id, reviewer.cookie, "req-dossier-view-1");
    await view(dossier.id, reviewer.cookie, "req-dossier-view-2");
    const rows = await accessLogOf(t, dossier.person.id);
    const why = `Duyệt hồ sơ đăng ký tài khoản ${dossier.number}`;
    expect(rows).toEqual([
      { staffId: reviewer.id, officeCode: "BHXH-79", what: "dossier", why, requestId: "req-dossier-view-1" },
      { staffId: reviewer.id, officeCode: "BHXH-79", what: "dossier", why, requestId: "req-dossier-view-2" },
    ]);
  });

  it("lets a support agent read the dossier, logged as support", async () => {
    const support = await signedInStaff(t, "ho.tro.xem", { role: "support" });
    const dossier = await createTestDossier(t);
    expect((await view(dossier.id, support.cookie)).statusCode).toBe(200);
    const [row] = await t.db.query<{ why: string }>("SELECT why FROM staff_access_log WHERE person_id = $1", [
      dossier.person.id,
    ]);
    expect(row?.why).toBe(`Hỗ trợ người dân về hồ sơ đăng ký tài khoản ${dossier.number}`);
  });
});

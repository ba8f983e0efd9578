import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import {
  childRegistrationForm,
  createTestFamily,
  postChildRegistration,
} from "../../testing/child-registration-fixture";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import { signedInStaff } from "../../testing/dossier-fixture";
import { createTestHousehold } from "../../testing/household-fixture";
import { createTestPerson } from "../../testing/person-fixture";

describe.each(testDatabases)("child registration security on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const dossiersOf = (personId: string) =>
    t.db.query<{ id: string; number: string }>(
      "SELECT id, number FROM account_dossier WHERE person_id = $1",
      [personId],
    );

  it("needs a signed-in citizen: anonymous, a forged cookie and a staff session get 401 and write nothing", async () => {
    const { child } = await createTestFamily(t);
    const staff = await signedInStaff(t, "can.bo.khong.phai.cha");
    for (const cookie of [undefined, "ansinh_session=forged", staff.cookie]) {
      const res = await postChildRegistration(t, await childRegistrationForm(child), cookie);
      expect(res.statusCode).toBe(401);
    }
    expect(await dossiersOf(child.id)).toHaveLength(0);
  });

  it("does not let a citizen of another household file for the child, nor learn anything of them", async () => {
    const { child } = await createTestFamily(t, {
      child: { fullName: "Đỗ Thị Riêng Tư", birthDate: "2013-11-21" },
    });
    const stranger = await createTestCitizen(t, { mustChangePassword: false });
    const strangersChild = await createTestPerson(t, { birthDate: "2018-01-01" });
    await createTestHousehold(t, [stranger, strangersChild]);
    const cookie = await citizenCookie(t.app, stranger);
    const forChild = await postChildRegistration(t, await childRegistrationForm(child), cookie);
    const forNobody = await postChildRegistration(
      t,
      await childRegistrationForm(child, { childBhxhNumber: "7999999999" }),
      cookie,
    );
    expect(forChild.statusCode).toBe(400);
    expect(forChild.json().detail).toEqual(forNobody.json().detail);
    expect(Object.keys(forChild.json()).sort()).toEqual(Object.keys(forNobody.json()).sort());
    for (const secret of [
      child.id,
      child.birthDate,
      "21/11/2013",
      child.addressLine,
      child.commune,
      child.phone,
    ]) {
      expect(forChild.body).not.toContain(secret);
    }
    expect(await dossiersOf(child.id)).toHaveLength(0);
  });

  it("does not let a household member who is not the child's parent file for the child", async () => {
    const { parent, child } = await createTestFamily(t, {
      child: { fullName: "Lý Bé Út", birthDate: "2017-02-02" },
    });
    const brother = await createTestCitizen(t, { mustChangePassword: false });
    const [household] = await t.db.query<{ householdId: string }>(
      'SELECT household_id AS "householdId" FROM person WHERE id = $1',
      [parent.id],
    );
    await t.db.query("UPDATE person SET household_id = $2, relation_to_head = 'child' WHERE id = $1", [
      brother.id,
      household?.householdId,
    ]);
    const stranger = await createTestCitizen(t, { mustChangePassword: false });
    const forSister = await postChildRegistration(
      t,
      await childRegistrationForm(child),
      await citizenCookie(t.app, brother),
    );
    const forNobody = await postChildRegistration(
      t,
      await childRegistrationForm(child, { childBhxhNumber: "7999999999" }),
      await citizenCookie(t.app, stranger),
    );
    expect(forSister.statusCode).toBe(400);
    expect(forSister.json().detail).toEqual(forNobody.json().detail);
    expect(await dossiersOf(child.id)).toHaveLength(0);
  });

  it("does not hand out another parent's dossier for a reused submission id", async () => {
    const family = await createTestFamily(t);
    const form = await childRegistrationForm(family.child);
    const filed = await postChildRegistration(t, form, family.cookie);
    expect(filed.statusCode).toBe(201);
    const other = await createTestFamily(t);
    const res = await postChildRegistration(
      t,
      await childRegistrationForm(other.child, { submissionId: form.submissionId }),
      other.cookie,
    );
    expect(res.statusCode).toBe(409);
    expect(res.body).not.toContain(filed.json().dossierNumber);
    expect(res.body).not.toContain(family.child.bhxhNumber);
  });

  it("does not answer the other parent of the household with a dossier they did not send", async () => {
    const { parent, child, cookie } = await createTestFamily(t);
    const form = await childRegistrationForm(child);
    expect((await postChildRegistration(t, form, cookie)).statusCode).toBe(201);
    const mother = await createTestCitizen(t, { mustChangePassword: false });
    const [household] = await t.db.query<{ householdId: string }>(
      'SELECT household_id AS "householdId" FROM person WHERE id = $1',
      [parent.id],
    );
    await t.db.query("UPDATE person SET household_id = $2 WHERE id = $1", [
      mother.id,
      household?.householdId,
    ]);
    const res = await postChildRegistration(t, form, await citizenCookie(t.app, mother));
    expect(res.statusCode).toBe(409);
  });

  it("keeps the dossier to the office it was sent to: staff of another office neither see nor decide it", async () => {
    const { child, cookie } = await createTestFamily(t);
    const filed = await postChildRegistration(t, await childRegistrationForm(child), cookie);
    expect(filed.statusCode).toBe(201);
    const [dossier] = await dossiersOf(child.id);
    const hanoi = await signedInStaff(t, "duyet.ha.noi.con", { officeCode: "BHXH-01" });
    const headers = { cookie: hanoi.cookie };
    const queue = await t.app.inject({ method: "GET", url: "/api/staff/dossiers", headers });
    expect(queue.json().items.map((d: { number: string }) => d.number)).not.toContain(dossier?.number);
    const view = await t.app.inject({ method: "GET", url: `/api/staff/dossiers/${dossier?.id}`, headers });
    expect(view.statusCode).toBe(404);
    const approve = await t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${dossier?.id}/approve`,
      headers,
    });
    expect(approve.statusCode).toBe(404);
    expect(await t.db.query("SELECT 1 FROM citizen_account WHERE person_id = $1", [child.id])).toHaveLength(
      0,
    );
    expect(await t.db.query("SELECT 1 FROM staff_access_log WHERE person_id = $1", [child.id])).toHaveLength(
      0,
    );
  });

  it("approves nothing once the child has turned 18 while the dossier waited", async () => {
    const { child, cookie } = await createTestFamily(t, { child: { birthDate: "2010-06-01" } });
    expect((await postChildRegistration(t, await childRegistrationForm(child), cookie)).statusCode).toBe(201);
    const [dossier] = await dossiersOf(child.id);
    // The registry corrects the birth date: the child is of age now.
    await t.db.query("UPDATE person SET birth_date = '2000-06-01', birth_year = 2000 WHERE id = $1", [
      child.id,
    ]);
    const reviewer = await signedInStaff(t, "duyet.con.du.tuoi");
    const approve = await t.app.inject({
      method: "POST",
      url: `/api/staff/dossiers/${dossier?.id}/approve`,
      headers: { cookie: reviewer.cookie },
    });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().detail.en).toContain("now 18");
    const [state] = await t.db.query<{ status: string }>("SELECT status FROM account_dossier WHERE id = $1", [
      dossier?.id,
    ]);
    expect(state?.status).toBe("pending");
    expect(await t.db.query("SELECT 1 FROM citizen_account WHERE person_id = $1", [child.id])).toHaveLength(
      0,
    );
    expect(
      await t.db.query("SELECT 1 FROM outbox WHERE dedupe_key = $1", [`dossier-approved:${dossier?.id}`]),
    ).toHaveLength(0);
  });
});

import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import { signedInStaff } from "../../testing/dossier-fixture";
import {
  createCardedHousehold,
  householdRenewal,
  insertServiceRequest,
  paymentsOf,
  postPayment,
} from "./payment-test-steps";

describe.each(testDatabases)("who may pay for a request on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  async function householdRequest() {
    const owner = await createTestCitizen(t, { mustChangePassword: false });
    await createCardedHousehold(t, owner, { others: 1, validTo: "2030-12-31" });
    return { owner, request: await insertServiceRequest(t, owner.id, householdRenewal(12)) };
  }

  it("needs a signed-in citizen: anonymous, a forged cookie and a staff session get 401 and open nothing", async () => {
    const { request } = await householdRequest();
    const staff = await signedInStaff(t, "can.bo.thu.tien");
    for (const cookie of [undefined, "ansinh_session=forged", staff.cookie]) {
      expect((await postPayment(t.app, request.id, cookie)).statusCode).toBe(401);
    }
    expect(await paymentsOf(t, request.id)).toEqual([]);
  });

  it("keeps a citizen on the temporary password out (403)", async () => {
    const { owner, request } = await householdRequest();
    await t.db.query("UPDATE citizen_account SET must_change_password = true WHERE person_id = $1", [
      owner.id,
    ]);
    const res = await postPayment(t.app, request.id, await citizenCookie(t.app, owner));
    expect(res.statusCode).toBe(403);
    expect(await paymentsOf(t, request.id)).toEqual([]);
  });

  it("answers another citizen's request exactly as an unknown one (404), even from the same household", async () => {
    const { owner, request } = await householdRequest();
    const stranger = await createTestCitizen(t, { mustChangePassword: false });
    // Living in the owner's household does not make the request theirs.
    await t.db.query(
      "UPDATE person SET household_id = (SELECT household_id FROM person WHERE id = $1) WHERE id = $2",
      [owner.id, stranger.id],
    );
    const cookie = await citizenCookie(t.app, stranger);
    const theirs = await postPayment(t.app, request.id, cookie);
    const nobodys = await postPayment(t.app, crypto.randomUUID(), cookie);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().detail).toEqual(nobodys.json().detail);
    expect(await paymentsOf(t, request.id)).toEqual([]);
  });

  it("takes no amount from the client: an amount in the body is ignored", async () => {
    const { owner, request } = await householdRequest();
    const res = await t.app.inject({
      method: "POST",
      url: `/api/service-requests/${request.id}/payments`,
      headers: { cookie: await citizenCookie(t.app, owner) },
      payload: { idempotencyKey: crypto.randomUUID(), amount: 1 },
    });
    // Unknown keys are dropped by the schema; the amount is the server's own.
    expect(res.json().payment.amount).toBe((113_850 + 79_695) * 12);
  });
});

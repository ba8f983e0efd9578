import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";
import {
  createCardedHousehold,
  householdRenewal,
  insertServiceRequest,
  paymentsOf,
  postPayment,
  voluntaryContribution,
} from "./payment-test-steps";

describe.each(testDatabases)("paying for a request, refused on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  async function signedIn() {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    return { citizen, cookie: await citizenCookie(t.app, citizen) };
  }

  it("refuses a service that needs no payment (409)", async () => {
    const { citizen, cookie } = await signedIn();
    const request = await insertServiceRequest(t, citizen.id, {
      serviceCode: "reissue-book",
      answers: { reason: "lost" },
    });
    const res = await postPayment(t.app, request.id, cookie);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toEqual({
      vi: "Dịch vụ này không cần thanh toán.",
      en: "This service needs no payment.",
    });
    expect(await paymentsOf(t, request.id)).toEqual([]);
  });

  it("refuses a request that is a draft, taken up by staff or completed (409)", async () => {
    const { citizen, cookie } = await signedIn();
    for (const status of ["draft", "received", "completed"] as const) {
      const request = await insertServiceRequest(t, citizen.id, {
        ...voluntaryContribution(1_500_000, 1),
        status,
      });
      const res = await postPayment(t.app, request.id, cookie);
      expect(res.statusCode).toBe(409);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(await paymentsOf(t, request.id)).toEqual([]);
    }
  });

  it("refuses a household renewal when no member has a card to renew (409)", async () => {
    const { citizen, cookie } = await signedIn();
    const request = await insertServiceRequest(t, citizen.id, householdRenewal(6));
    const res = await postPayment(t.app, request.id, cookie);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail.en).toContain("no health insurance card to renew");
  });

  it("refuses an income the rules no longer allow (409), rather than a wrong amount", async () => {
    const { citizen, cookie } = await signedIn();
    const request = await insertServiceRequest(t, citizen.id, voluntaryContribution(999_999_999, 1));
    const res = await postPayment(t.app, request.id, cookie);
    expect(res.statusCode).toBe(409);
    expect(await paymentsOf(t, request.id)).toEqual([]);
  });

  it("refuses a key already used for another request (409)", async () => {
    const { citizen, cookie } = await signedIn();
    await createCardedHousehold(t, citizen, { others: 0, validTo: "2030-12-31" });
    const first = await insertServiceRequest(t, citizen.id, householdRenewal(3));
    const second = await insertServiceRequest(t, citizen.id, voluntaryContribution(1_500_000, 1));
    const key = crypto.randomUUID();
    expect((await postPayment(t.app, first.id, cookie, key)).statusCode).toBe(201);
    const res = await postPayment(t.app, second.id, cookie, key);
    expect(res.statusCode).toBe(409);
    expect(await paymentsOf(t, second.id)).toEqual([]);
  });

  it("answers 400 with vi+en per field for a bad id, key or body", async () => {
    const { cookie } = await signedIn();
    const badId = await postPayment(t.app, "not-a-uuid", cookie);
    expectFieldErrors(badId, [
      {
        field: "params.id",
        code: "invalid_format",
        vi: "Mã hồ sơ không hợp lệ",
        en: "The request id is not valid",
      },
    ]);
    const badKey = await postPayment(t.app, crypto.randomUUID(), cookie, "123");
    expectFieldErrors(badKey, [
      {
        field: "body.idempotencyKey",
        code: "invalid_format",
        vi: "Mã giao dịch không hợp lệ",
        en: "The payment key is not valid",
      },
    ]);
    for (const payload of [undefined, "[]", "{"]) {
      const res = await t.app.inject({
        method: "POST",
        url: `/api/service-requests/${crypto.randomUUID()}/payments`,
        headers: { cookie, "content-type": "application/json" },
        payload,
      });
      expect(res.statusCode).toBe(400);
    }
  });
});

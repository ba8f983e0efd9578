import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import {
  createCardedHousehold,
  householdRenewal,
  insertServiceRequest,
  postPayment,
  pressSandboxButton,
} from "./payment-test-steps";

describe.each(testDatabases)("the sandbox payment page on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows what is paid for and the amount, with three buttons, then only the way back once paid", async () => {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    await createCardedHousehold(t, citizen, { others: 0, validTo: "2030-12-31" });
    const request = await insertServiceRequest(t, citizen.id, householdRenewal(3));
    const { payUrl } = (await postPayment(t.app, request.id, await citizenCookie(t.app, citizen))).json();

    // Opened without the citizen's cookie, as a bank's page is.
    const page = await t.app.inject({ method: "GET", url: payUrl });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).toContain(`Gia hạn thẻ BHYT hộ gia đình — hồ sơ ${request.number}`);
    // One member, three months at 4.5 % of 2,530,000.
    expect(page.body).toContain("341.550 ₫");
    for (const label of ["Xác nhận thanh toán", "Thanh toán thất bại", "Bỏ dở"])
      expect(page.body).toContain(label);

    await pressSandboxButton(t.app, payUrl, "confirmed");
    const after = await t.app.inject({ method: "GET", url: payUrl });
    expect(after.body).toContain("đã được thanh toán");
    expect(after.body).not.toContain("<form");
    expect(after.body).toContain(`href="/dich-vu-cong/yeu-cau/${request.id}"`);
  });
});

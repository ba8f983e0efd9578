import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import { insertServiceRequest, postPayment, voluntaryContribution } from "./payment-test-steps";

describe.each(testDatabases)("what the sandbox payment page gives away on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows no personal data to whoever holds the link, and cannot be framed", async () => {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    const request = await insertServiceRequest(t, citizen.id, voluntaryContribution(1_500_000, 1));
    const { payUrl } = (await postPayment(t.app, request.id, await citizenCookie(t.app, citizen))).json();
    const page = await t.app.inject({ method: "GET", url: payUrl });
    expect(page.statusCode).toBe(200);
    for (const secret of [
      citizen.fullName,
      citizen.bhxhNumber,
      citizen.phone,
      citizen.nationalId,
      citizen.id,
    ]) {
      expect(page.body).not.toContain(secret);
    }
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers["content-security-policy"]).toContain("form-action 'self'");
  });
});

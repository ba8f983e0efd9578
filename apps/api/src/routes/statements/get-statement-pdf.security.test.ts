import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../build-app";
import { decodeQrOnPage, readPdf } from "../../statements/testing/read-pdf";
import { buildTestApp, type TestApp, testConfig } from "../../testing/build-test-app";
import { createBareCitizen, createRecordsCitizen } from "../../testing/records-fixture";
import { createTestStaff, signInAs } from "../../testing/staff-fixture";
import { getStatementPdf } from "./statement-test-steps";

describe.each(testDatabases)("GET /api/me/statement.pdf access on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses anonymous callers with 401 and no PDF", async () => {
    const res = await getStatementPdf(t.app);
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.body).not.toContain("%PDF");
  });

  it("refuses staff: their session is not a citizen's", async () => {
    const staff = await createTestStaff(t, "xem.sao.ke", "BHXH-79", "admin");
    expect((await getStatementPdf(t.app, await signInAs(t.app, staff))).statusCode).toBe(401);
  });

  it("gives each citizen their own statement only, whatever the query says", async () => {
    const owner = await createRecordsCitizen(t);
    const other = await createBareCitizen(t);
    for (const url of [
      "/api/me/statement.pdf",
      `/api/me/statement.pdf?bhxhNumber=${owner.citizen.bhxhNumber}`,
      `/api/me/statement.pdf?personId=${owner.citizen.id}`,
    ]) {
      const res = await t.app.inject({ method: "GET", url, headers: { cookie: other.cookie } });
      expect(res.statusCode).toBe(200);
      const { text } = readPdf(res.rawPayload);
      expect(text).toContain(`Mã số BHXH: ${other.citizen.bhxhNumber}`);
      expect(text).not.toContain(owner.citizen.bhxhNumber);
      expect(text).not.toContain(owner.known.employers.first.name);
    }
  });

  it("in production, points the QR at the public host, not at the Host header a caller sends", async () => {
    // The same database, served as production would serve it.
    const app = await buildApp({
      config: {
        ...testConfig,
        env: "production",
        accounts: { deviceBinding: true, publicHost: "vssid.example.vn" },
      },
      db: t.db,
    });
    try {
      const { cookie } = await createBareCitizen({ ...t, app });
      const res = await getStatementPdf(app, cookie, { host: "evil.example.com" });
      const pdf = readPdf(res.rawPayload);
      expect(decodeQrOnPage(pdf.pages.at(-1) ?? { text: "", content: "" })).toMatch(
        /^https:\/\/vssid\.example\.vn\/xac-minh#/,
      );
      expect(pdf.text).not.toContain("evil.example.com");
    } finally {
      await app.close();
    }
  });
});

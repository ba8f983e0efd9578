import { writeFile } from "node:fs/promises";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../testing/build-test-app";
import { buildSmsTestApp, outboxSms, staffCookie } from "./sms-test-app";

const secret = "Mat khau tam thoi: Tam-thoi-2026";

// Admins only: the sandbox holds every temporary password and one-time code.
describe.each(testDatabases)("GET /api/staff/sms access on $kind", (database) => {
  let t: TestApp & { smsPath: string };
  const list = (cookie?: string) =>
    t.app.inject({ method: "GET", url: "/api/staff/sms", headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    t = await buildSmsTestApp(database, "file");
    await writeFile(
      t.smsPath,
      `${JSON.stringify({ to: "0966555777", text: secret, sentAt: new Date().toISOString() })}\n`,
    );
  });
  afterAll(() => t.close());

  it("refuses anonymous callers", async () => {
    const res = await list();
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain("Tam-thoi");
  });

  it("refuses a forged or ended session", async () => {
    expect((await list("ansinh_staff=not-a-session")).statusCode).toBe(401);
  });

  it.each(["reviewer", "support", "data_officer"] as const)("refuses a %s", async (role) => {
    const res = await list(await staffCookie(t, role));
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain("Tam-thoi");
  });

  it("shows an admin the sandbox, texts included", async () => {
    const res = await list(await staffCookie(t, "admin"));
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ to: "0966555777", text: secret })]);
  });
});

describe.each(testDatabases)("GET /api/staff/sms with a real gateway on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildSmsTestApp(database, "http");
    await outboxSms(t.db, { to: "0966555777", text: secret }, "delivered");
  });
  afterAll(() => t.close());

  it("shows even an admin no text and no full number", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/staff/sms?phone=0966555777",
      headers: { cookie: await staffCookie(t, "admin") },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ to: "096****777", status: "delivered" })]);
    expect(res.body).not.toMatch(/Tam-thoi|Mat khau|"text"|0966555777/);
  });

  it("refuses a reviewer", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/staff/sms",
      headers: { cookie: await staffCookie(t, "reviewer") },
    });
    expect(res.statusCode).toBe(403);
  });
});

import { testDatabases } from "@ansinh/db";
import { vietnamDate, voluntaryIncomeBounds } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen, createTestFamily } from "../../testing/records-fixture";
import { makeBenefitRecipient } from "./service-request-fixture";

describe.each(testDatabases)("GET /api/services on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const services = async (cookie: string) => {
    const res = await t.app.inject({ method: "GET", url: "/api/services", headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.json().services as {
      code: string;
      available: boolean;
      unavailableReason: { vi: string; en: string } | null;
      fields: { name: string; min?: number; max?: number }[];
    }[];
  };

  it("lists every service, telling a citizen without benefit, household or child why some are closed", async () => {
    const { cookie } = await createBareCitizen(t);
    const list = await services(cookie);
    expect(list.map((s) => s.code)).toEqual([
      "reissue-book",
      "reissue-card",
      "child-account",
      "benefit-receipt",
      "authorise-collector",
      "household-renewal",
      "voluntary-contribution",
    ]);
    const closed = list.filter((s) => !s.available).map((s) => s.code);
    expect(closed).toEqual(["child-account", "benefit-receipt", "authorise-collector", "household-renewal"]);
    for (const s of list) expect(s.available).toBe(s.unavailableReason === null);
    const income = list
      .find((s) => s.code === "voluntary-contribution")
      ?.fields.find((f) => f.name === "income");
    expect(income).toMatchObject(voluntaryIncomeBounds(vietnamDate(new Date())));
  });

  it("opens the household, child and benefit services to those they are for", async () => {
    const { parent } = await createTestFamily(t);
    await makeBenefitRecipient(t, parent.id);
    const list = await services(parent.cookie);
    expect(list.every((s) => s.available)).toBe(true);
  });
});

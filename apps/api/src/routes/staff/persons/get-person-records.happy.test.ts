import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { accessLogOf, signedInStaff } from "../../../testing/dossier-fixture";
import { createRecordsCitizen } from "../../../testing/records-fixture";

describe.each(testDatabases)("GET /api/staff/persons/:bhxhNumber/records on $kind", (database) => {
  let t: TestAppWithDocuments;
  let owner: Awaited<ReturnType<typeof createRecordsCitizen>>;
  const view = (cookie: string, reason: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/staff/persons/${owner.citizen.bhxhNumber}/records?reason=${encodeURIComponent(reason)}`,
      headers: { cookie },
    });
  beforeAll(async () => {
    t = await buildTestApp(database);
    owner = await createRecordsCitizen(t);
  });
  afterAll(() => t.close());

  it("shows a data officer of the province the records exactly as the citizen sees them", async () => {
    const officer = await signedInStaff(t, "du.lieu.hcm", { role: "data_officer" });
    const res = await view(officer.cookie, "Đối chiếu quá trình đóng theo đơn số 45");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const mine = async (url: string) =>
      (await t.app.inject({ method: "GET", url, headers: { cookie: owner.cookie } })).json();
    const strip = ({ asOf: _, ...rest }: Record<string, unknown>) => rest;
    expect(body.profile).toEqual(strip(await mine("/api/me/profile")));
    expect(body.card).toEqual((await mine("/api/me/card")).card);
    expect(body.history).toEqual(strip(await mine("/api/me/history")));
    expect(body.benefits).toEqual(strip(await mine("/api/me/benefits")));
    expect(body.visits).toEqual(strip(await mine("/api/me/visits")));
    expect(body.history.closedThrough).toBe("2017-12");
    expect(body.benefits.total).toBe(15_224_000);
  });

  it("lets an admin of a grassroots office of the province look, and logs each look with its reason", async () => {
    const before = (await accessLogOf(t, owner.citizen.id)).length;
    const admin = await signedInStaff(t, "quan.tri.co.so", { role: "admin", officeCode: "BHXH-79-01" });
    expect((await view(admin.cookie, "  Kiểm tra theo yêu cầu của người dân  ")).statusCode).toBe(200);
    const log = await accessLogOf(t, owner.citizen.id);
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toEqual({
      staffId: admin.id,
      officeCode: "BHXH-79-01",
      what: "records",
      why: "Kiểm tra theo yêu cầu của người dân",
      requestId: expect.any(String),
    });
  });
});

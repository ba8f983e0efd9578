import { testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../../testing/build-test-app";
import { signedInStaff } from "../../../testing/dossier-fixture";
import { expectFieldErrors } from "../../../testing/problem-assertions";

describe.each(testDatabases)("GET /api/staff/dossiers/:id errors on $kind", (database) => {
  let t: TestAppWithDocuments;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    cookie = (await signedInStaff(t, "loi.xem")).cookie;
  });
  afterAll(() => t.close());

  it("answers 404 problem+json for a dossier that does not exist", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/staff/dossiers/${uuidv7()}`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().detail).toEqual({
      vi: "Không tìm thấy hồ sơ này trong danh sách hồ sơ của cơ quan bạn.",
      en: "This dossier is not among your office's dossiers.",
    });
  });

  it("answers 400 for an id that is not a UUID, never a 500", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/staff/dossiers/HS-1'--",
      headers: { cookie },
    });
    expectFieldErrors(res, [expect.objectContaining({ field: "params.id", vi: "Mã hồ sơ không hợp lệ" })]);
  });
});

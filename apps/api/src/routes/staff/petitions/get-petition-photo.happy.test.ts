import { testDatabases } from "@ansinh/db";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { accessLogOf } from "../../../testing/dossier-fixture";
import { citizenWithPetition, getAs, helpStaff } from "../../../testing/petition-fixture";
import { testJpeg } from "../../../testing/registration-fixture";

describe.each(testDatabases)("GET /api/staff/petitions/:id/photo on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("sends the photo to a help agent of the office, uncached, and logs the read", async () => {
    const { citizen, petition } = await citizenWithPetition(t, { photo: await testJpeg(700, 400) });
    const staff = await helpStaff(t);
    const res = await getAs(t, staff.cookie, `/api/staff/petitions/${petition.id}/photo`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("image/jpeg");
    expect(res.headers).toMatchObject({
      "cache-control": "private, no-store",
      "content-disposition": "inline",
      "x-content-type-options": "nosniff",
    });
    expect((await sharp(res.rawPayload).metadata()).width).toBe(700);
    expect(await accessLogOf(t, citizen.id)).toEqual([
      expect.objectContaining({
        staffId: staff.id,
        what: "document:petition_photo",
        requestId: res.headers["x-request-id"],
      }),
    ]);
  });
});

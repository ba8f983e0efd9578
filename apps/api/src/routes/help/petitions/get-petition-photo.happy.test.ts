import { testDatabases } from "@ansinh/db";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenWithPetition, getAs } from "../../../testing/petition-fixture";
import { testJpeg } from "../../../testing/registration-fixture";

describe.each(testDatabases)("GET /api/help/petitions/:id/photo on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("sends the citizen their own photo as a JPEG that is never cached", async () => {
    const { cookie, petition } = await citizenWithPetition(t, { photo: await testJpeg(640, 480) });
    const res = await getAs(t, cookie, petition.photoUrl ?? "");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("image/jpeg");
    expect(res.headers).toMatchObject({
      "cache-control": "private, no-store",
      "content-disposition": "inline",
      "x-content-type-options": "nosniff",
    });
    const meta = await sharp(res.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 640, 480]);
  });
});

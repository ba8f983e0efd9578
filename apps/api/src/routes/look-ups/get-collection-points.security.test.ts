import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import {
  addCollectionPoint,
  expectPublicItems,
  expectWildcardsMatchNothing,
  getList,
} from "../../testing/look-up-fixture";
import { ensureReferenceData } from "../../testing/person-fixture";

describe.each(testDatabases)("GET /api/look-ups/collection-points security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await ensureReferenceData(t);
    await addCollectionPoint(t, { name: "Điểm thu Bưu điện Quận Một" });
  });
  afterAll(() => t.close());

  it("is anonymous and gives only the public fields", async () => {
    expectPublicItems(await getList(t, "collection-points?near=10.7769,106.7009"), [
      "address",
      "code",
      "commune",
      "distanceKm",
      "kind",
      "latitude",
      "longitude",
      "name",
      "officeCode",
      "phone",
      "provinceCode",
    ]);
  });

  it("treats SQL and LIKE wildcards in the text and the commune as plain characters", async () => {
    await expectWildcardsMatchNothing(t, [
      (q) => `collection-points?province=79&q=${q}`,
      (commune) => `collection-points?province=79&commune=${commune}`,
    ]);
  });
});

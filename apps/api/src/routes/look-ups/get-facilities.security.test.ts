import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import {
  addFacility,
  expectPublicItems,
  expectWildcardsMatchNothing,
  getList,
} from "../../testing/look-up-fixture";

describe.each(testDatabases)("GET /api/look-ups/facilities security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await addFacility(t, { name: "Phòng khám Đa khoa Sài Gòn" });
  });
  afterAll(() => t.close());

  it("is anonymous and gives only the public fields (no position: the facility list has no map yet)", async () => {
    expectPublicItems(await getList(t, "facilities?q=sai%20gon"), [
      "address",
      "code",
      "commune",
      "issuesSickLeave",
      "level",
      "name",
      "provinceCode",
    ]);
  });

  it("treats SQL and LIKE wildcards in the text as plain characters", async () => {
    await expectWildcardsMatchNothing(t, [(q) => `facilities?q=${q}`]);
  });
});

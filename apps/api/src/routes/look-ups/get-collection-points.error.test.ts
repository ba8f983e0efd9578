import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { getList } from "../../testing/look-up-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";

const nearFormat = {
  field: "querystring.near",
  code: "invalid_format",
  vi: "Vị trí phải có dạng vĩ độ,kinh độ, ví dụ 10.7769,106.7009",
  en: "The position must be latitude,longitude, e.g. 10.7769,106.7009",
};

describe.each(testDatabases)("GET /api/look-ups/collection-points errors on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("asks for a province or a position", async () => {
    const required = {
      field: "querystring.province",
      code: "custom",
      vi: "Vui lòng chọn tỉnh, thành phố hoặc tìm theo vị trí của bạn",
      en: "Please choose a province or search near your position",
    };
    expectFieldErrors(await getList(t, "collection-points"), [required]);
    expectFieldErrors(await getList(t, "collection-points?province=&near=&commune=Ben%20Thanh"), [required]);
  });

  it("explains a position that is not latitude,longitude or out of range", async () => {
    for (const near of [
      "abc",
      "10.77",
      "10.77;106.70",
      "10,77,106,70",
      "1e3,1",
      "NaN,NaN",
      "10.7769,106.7009,0",
    ]) {
      expectFieldErrors(await getList(t, `collection-points?near=${encodeURIComponent(near)}`), [nearFormat]);
    }
    expectFieldErrors(await getList(t, "collection-points?near=91,106"), [
      {
        field: "querystring.near",
        code: "custom",
        vi: "Vĩ độ phải từ -90 đến 90 và kinh độ từ -180 đến 180",
        en: "The latitude must be from -90 to 90 and the longitude from -180 to 180",
      },
    ]);
  });

  it("explains an unknown kind, and answers other odd values with a 400, never a 500", async () => {
    expectFieldErrors(await getList(t, "collection-points?province=79&kind=shop"), [
      {
        field: "querystring.kind",
        code: "invalid_value",
        vi: "Loại phải là point (điểm thu) hoặc agent (đại lý thu)",
        en: "The kind must be point or agent",
      },
    ]);
    for (const query of [
      "province=79&page=-1",
      "province=79&commune=%00",
      "near[]=1,2",
      `near=${"9".repeat(400)},1`,
    ]) {
      expect((await getList(t, `collection-points?${query}`)).statusCode, query).toBe(400);
    }
  });

  it("accepts the position at the poles and on the date line", async () => {
    for (const near of ["90,180", "-90,-180", "0,0", "-33.8688,151.2093"]) {
      expect((await getList(t, `collection-points?near=${near}`)).statusCode, near).toBe(200);
    }
  });
});

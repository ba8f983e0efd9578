import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import {
  addCollectionPoint,
  expectVietnameseOrder,
  getList,
  loadLookUpWorld,
} from "../../testing/look-up-fixture";

interface Point {
  code: string;
  name: string;
  kind: string;
  commune: string;
  provinceCode: string;
  distanceKm: number | null;
}

// Nhà hát Thành phố, Hồ Chí Minh City: where the "near me" searches below stand.
const HERE = "10.7769,106.7009";

describe.each(testDatabases)("GET /api/look-ups/collection-points on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await loadLookUpWorld(t);
    await addCollectionPoint(t, {
      name: "Điểm thu Bưu điện Trung tâm Sài Gòn",
      latitude: 10.7799,
      longitude: 106.6999,
    });
    await addCollectionPoint(t, {
      name: "Đại lý thu Hợp tác xã Bến Nghé",
      kind: "agent",
      commune: "Phường Sài Gòn",
      latitude: 10.7739,
      longitude: 106.7049,
    });
    // In the province since 07/2025, but about 65 km away.
    await addCollectionPoint(t, {
      name: "Điểm thu Bưu điện Vũng Tàu",
      latitude: 10.346,
      longitude: 107.0843,
    });
  });
  afterAll(() => t.close());

  const items = (res: { json(): { items: Point[] } }) => res.json().items;

  it("lists the points near a position nearest first, with their distance", async () => {
    const res = await getList(t, `collection-points?near=${HERE}`);
    expect(res.statusCode).toBe(200);
    const found = items(res);
    expect(found.slice(0, 2).map((p) => [p.name, p.distanceKm])).toEqual([
      ["Điểm thu Bưu điện Trung tâm Sài Gòn", 0.35],
      ["Đại lý thu Hợp tác xã Bến Nghé", 0.55],
    ]);
    const distances = found.map((p) => p.distanceKm as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(30);
    expect(found.map((p) => p.name)).not.toContain("Điểm thu Bưu điện Vũng Tàu");
  });

  it("lists all of a province's points nearest first when both are given, the far ones too", async () => {
    const res = await getList(t, `collection-points?province=79&near=${HERE}&page=1`);
    const { total } = res.json();
    const all: Point[] = [];
    for (let page = 1; page <= Math.ceil(total / 20); page++)
      all.push(
        ...items(
          await getList(t, `collection-points?province=79&near=${encodeURIComponent(HERE)}&page=${page}`),
        ),
      );
    expect(all.map((p) => p.name)).toContain("Điểm thu Bưu điện Vũng Tàu");
    expect(all.every((p) => p.provinceCode === "79")).toBe(true);
  });

  it("lists a province's points in Vietnamese order without a position, by kind and commune", async () => {
    const res = await getList(t, "collection-points?province=79");
    const found = items(res);
    expect(found.every((p) => p.distanceKm === null)).toBe(true);
    expectVietnameseOrder(found.map((p) => p.name));
    expect(
      items(await getList(t, "collection-points?province=79&kind=agent")).every((p) => p.kind === "agent"),
    ).toBe(true);
    expect(
      items(await getList(t, "collection-points?province=79&commune=sai%20gon")).map((p) => p.name),
    ).toEqual(["Đại lý thu Hợp tác xã Bến Nghé"]);
  });

  it("finds a point by name without diacritics", async () => {
    const res = await getList(t, "collection-points?province=79&q=buu%20dien%20trung%20tam");
    expect(items(res).map((p) => p.name)).toEqual(["Điểm thu Bưu điện Trung tâm Sài Gòn"]);
  });
});

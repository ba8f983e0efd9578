import { describe, expect, it } from "vitest";
import {
  listUrl,
  readCandidates,
  readCollectionPoint,
  readFacility,
  readListPage,
  readMembers,
} from "./look-up-api";

describe("reading the look-up answers", () => {
  it("reads candidates, with the number only where it was revealed", () => {
    expect(
      readCandidates({
        candidates: [
          { maskedName: "Nguyễn V** A*", birthYear: 1985, bhxhNumber: "7901234567" },
          { maskedName: "Nguyễn V** A*", birthYear: 1990, bhxhNumber: null },
          { maskedName: "", birthYear: 1990 },
        ],
      }),
    ).toEqual([
      { maskedName: "Nguyễn V** A*", birthYear: 1985, bhxhNumber: "7901234567" },
      { maskedName: "Nguyễn V** A*", birthYear: 1990, bhxhNumber: null },
    ]);
    expect(readCandidates({ candidates: [] })).toEqual([]);
    expect(readCandidates({ people: [] })).toBeNull();
  });

  it("reads household members with their relation in both languages", () => {
    expect(
      readMembers({
        members: [
          { maskedName: "Trần T** B***", birthYear: 1990, relation: { vi: "Chủ hộ", en: "Head" } },
          { maskedName: "Lê M*** K***", birthYear: 2015, relation: null },
        ],
      }),
    ).toEqual([
      { maskedName: "Trần T** B***", birthYear: 1990, relation: { vi: "Chủ hộ", en: "Head" } },
      { maskedName: "Lê M*** K***", birthYear: 2015, relation: null },
    ]);
  });

  it("reads a page of a list, leaving out entries it cannot show", () => {
    const page = readListPage(
      {
        items: [
          {
            code: "DT79001",
            kind: "point",
            name: "Điểm thu Bưu điện Phường Bến Thành",
            address: "Số 1",
            commune: "Phường Bến Thành",
            provinceCode: "79",
            phone: "02812345678",
            officeCode: "BHXH-79",
            latitude: 10.77,
            longitude: 106.7,
            distanceKm: 0.83,
          },
          { code: "DT79002" },
        ],
        page: 1,
        pageSize: 20,
        total: 2,
      },
      readCollectionPoint,
    );
    expect(page?.items).toHaveLength(1);
    expect(page?.items[0]).toMatchObject({ kind: "point", distanceKm: 0.83, latitude: 10.77 });
    expect(readListPage({ items: [], page: 1, pageSize: 0, total: 0 }, readCollectionPoint)).toBeNull();
  });

  it("takes only the known facility levels", () => {
    const facility = {
      code: "79001",
      name: "Bệnh viện",
      level: "basic",
      issuesSickLeave: true,
      provinceCode: "79",
    };
    expect(readFacility(facility)).toMatchObject({ level: "basic", issuesSickLeave: true, address: "" });
    expect(readFacility({ ...facility, level: "central" })).toBeNull();
  });
});

describe("listUrl", () => {
  it("sends only the criteria that are set, and the page", () => {
    expect(listUrl("/api/look-ups/facilities", { q: " cho ray ", province: "", sickLeave: "true" }, 2)).toBe(
      "/api/look-ups/facilities?q=cho+ray&sickLeave=true&page=2",
    );
    expect(listUrl("/api/look-ups/collection-points", { near: "10.7769,106.7009" }, 1)).toBe(
      "/api/look-ups/collection-points?near=10.7769%2C106.7009&page=1",
    );
  });
});

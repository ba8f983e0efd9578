import { describe, expect, it } from "vitest";
import {
  isCardProvinceCode,
  newProvince,
  newProvinceOf,
  newProvinces,
  oldProvince,
  oldProvinces,
  provinceFullName,
  specialCardIssuers,
} from "./provinces";

describe("province lists", () => {
  it("hold 63 old and 34 new provinces with unique codes", () => {
    expect(oldProvinces).toHaveLength(63);
    expect(newProvinces).toHaveLength(34);
    expect(new Set(oldProvinces.map((p) => p.code)).size).toBe(63);
    expect(new Set(newProvinces.map((p) => p.code)).size).toBe(34);
  });

  it("map every old province to exactly one new province", () => {
    const merged = newProvinces.flatMap((p) => p.mergedFrom).sort();
    expect(merged).toEqual(oldProvinces.map((p) => p.code).sort());
  });

  it("keep names with diacritics", () => {
    expect(oldProvince("79")?.name).toBe("Hồ Chí Minh");
    expect(oldProvince("46")?.name).toBe("Thừa Thiên Huế");
    expect(newProvince("46")?.name).toBe("Huế");
    expect(newProvince("08")?.name).toBe("Tuyên Quang");
  });

  it("count 6 centrally-run cities from 07/2025", () => {
    expect(newProvinces.filter((p) => p.kind === "city").map((p) => p.name)).toEqual([
      "Hà Nội",
      "Hải Phòng",
      "Huế",
      "Đà Nẵng",
      "Hồ Chí Minh",
      "Cần Thơ",
    ]);
    const hcm = newProvince("79");
    const haGiang = oldProvince("02");
    expect(hcm && provinceFullName(hcm)).toBe("Thành phố Hồ Chí Minh");
    expect(haGiang && provinceFullName(haGiang)).toBe("Tỉnh Hà Giang");
  });
});

describe("newProvinceOf", () => {
  it("follows the 2025 mergers, including codes taken from the other partner", () => {
    expect(newProvinceOf("74")?.name).toBe("Hồ Chí Minh"); // Bình Dương
    expect(newProvinceOf("77")?.code).toBe("79"); // Bà Rịa - Vũng Tàu
    expect(newProvinceOf("10")?.code).toBe("15"); // Lào Cai → new Lào Cai, Yên Bái's code
    expect(newProvinceOf("72")?.name).toBe("Tây Ninh"); // → code 80 of Long An
    expect(newProvinceOf("72")?.code).toBe("80");
    expect(newProvinceOf("01")?.code).toBe("01");
  });

  it("knows nothing for non-provinces", () => {
    expect(newProvinceOf("97")).toBeUndefined();
    expect(newProvinceOf("03")).toBeUndefined();
  });
});

describe("isCardProvinceCode", () => {
  it("accepts old codes and the special issuers 97/98", () => {
    expect(specialCardIssuers.map((i) => i.code)).toEqual(["97", "98"]);
    expect(["01", "74", "96", "97", "98"].every(isCardProvinceCode)).toBe(true);
    expect(["00", "03", "28", "99"].some(isCardProvinceCode)).toBe(false);
  });
});

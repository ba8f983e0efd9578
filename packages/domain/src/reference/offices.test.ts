import { describe, expect, it } from "vitest";
import { officeByCode, offices, officesOfProvince } from "./offices";
import { newProvinces } from "./provinces";

describe("offices", () => {
  it("have one province office per new province, named after it", () => {
    const provinceOffices = offices.filter((o) => o.level === "province");
    expect(provinceOffices).toHaveLength(34);
    for (const province of newProvinces) {
      const office = officeByCode(`BHXH-${province.code}`);
      const prefix = province.kind === "city" ? "Bảo hiểm xã hội thành phố " : "Bảo hiểm xã hội tỉnh ";
      expect(office?.name).toBe(prefix + province.name);
      expect(office?.parentCode).toBeNull();
    }
  });

  it("have 2–4 grassroots offices per province, coded under their parent", () => {
    for (const province of newProvinces) {
      const grassroots = officesOfProvince(province.code).filter((o) => o.level === "grassroots");
      expect(grassroots.length).toBeGreaterThanOrEqual(2);
      expect(grassroots.length).toBeLessThanOrEqual(4);
      grassroots.forEach((office, i) => {
        expect(office.code).toBe(`BHXH-${province.code}-${String(i + 1).padStart(2, "0")}`);
        expect(office.parentCode).toBe(`BHXH-${province.code}`);
        expect(office.name.startsWith("Bảo hiểm xã hội cơ sở ")).toBe(true);
      });
    }
  });

  it("use only the example domain and mark contacts as samples", () => {
    expect(new Set(offices.map((o) => o.code)).size).toBe(offices.length);
    for (const office of offices) {
      expect(office.email).toMatch(/^bhxh\d{2}(-\d{2})?@vss\.example\.vn$/);
      expect(office.contactIsSample).toBe(true);
      expect(office.phone.replaceAll(" ", "")).toMatch(/^02\d{9}$/);
      expect(office.effectiveFrom).toBe("2025-07-01");
      expect(office.legalDocument).toContain("2286/QĐ-BTC");
    }
  });

  it("look offices up by code", () => {
    expect(officeByCode("BHXH-79")?.name).toBe("Bảo hiểm xã hội thành phố Hồ Chí Minh");
    expect(officeByCode("BHXH-79-01")?.name).toBe("Bảo hiểm xã hội cơ sở Thủ Dầu Một");
    expect(officeByCode("BHXH-00")).toBeUndefined();
    expect(officesOfProvince("79")[0]?.level).toBe("province");
  });
});

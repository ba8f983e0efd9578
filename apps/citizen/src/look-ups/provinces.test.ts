import { compareVietnamese } from "@ansinh/domain";
import { describe, expect, it } from "vitest";
import { provinceChoices, provinceName } from "./provinces";

describe("provinceChoices", () => {
  it("lists the 34 provinces in Vietnamese alphabetical order", () => {
    expect(provinceChoices).toHaveLength(34);
    const names = provinceChoices.map((p) => p.name);
    expect([...names].sort(compareVietnamese)).toEqual(names);
    expect(names.indexOf("Đà Nẵng")).toBeGreaterThan(names.indexOf("Cần Thơ"));
  });

  it("names the former provinces each one took in, but not itself", () => {
    expect(provinceChoices.find((p) => p.code === "79")?.former).toEqual(["Bình Dương", "Bà Rịa - Vũng Tàu"]);
    expect(provinceChoices.find((p) => p.code === "15")).toMatchObject({
      name: "Lào Cai",
      former: ["Yên Bái"],
    });
    expect(provinceChoices.find((p) => p.code === "01")?.former).toEqual([]);
  });

  it("names a province by its code, or shows an unknown code as it is", () => {
    expect(provinceName("79")).toBe("Hồ Chí Minh");
    expect(provinceName("99")).toBe("99");
  });
});

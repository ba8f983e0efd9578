import { describe, expect, it } from "vitest";
import { oldProvince } from "../reference/provinces";
import { makeCccd, parseCccd } from "./cccd";

describe("parseCccd", () => {
  it("decodes province, sex and birth year: 079095012345", () => {
    const parsed = parseCccd("079095012345");
    expect(parsed).toEqual({
      ok: true,
      value: { value: "079095012345", provinceCode: "79", sex: "male", birthYear: 1995, serial: "012345" },
    });
    if (parsed.ok) expect(oldProvince(parsed.value.provinceCode)?.name).toBe("Hồ Chí Minh");
  });

  it("reads the century and sex from digit 4", () => {
    const decode = (digit: number) => {
      const parsed = parseCccd(`001${digit}05000001`);
      return parsed.ok ? [parsed.value.sex, parsed.value.birthYear] : parsed.error.code;
    };
    expect(decode(0)).toEqual(["male", 1905]);
    expect(decode(1)).toEqual(["female", 1905]);
    expect(decode(2)).toEqual(["male", 2005]);
    expect(decode(3)).toEqual(["female", 2005]);
    expect(decode(4)).toEqual(["male", 2105]);
    expect(decode(9)).toEqual(["female", 2305]);
  });

  it("accepts spacing", () => {
    expect(parseCccd("001 303 000 001")).toMatchObject({
      ok: true,
      value: { value: "001303000001", birthYear: 2003 },
    });
  });

  it("rejects wrong lengths and unknown province codes", () => {
    expect(parseCccd("07909501234")).toMatchObject({ ok: false, error: { code: "cccd.format" } });
    expect(parseCccd("003095012345")).toMatchObject({ ok: false, error: { code: "cccd.province" } });
    expect(parseCccd("179095012345")).toMatchObject({ ok: false, error: { code: "cccd.province" } });
  });
});

describe("makeCccd", () => {
  it("builds numbers that parse back to the same facts", () => {
    const made = makeCccd({ provinceCode: "79", sex: "male", birthYear: 1995, serial: 12345 });
    expect(made).toBe("079095012345");
    const woman2001 = makeCccd({ provinceCode: "01", sex: "female", birthYear: 2001, serial: 7 });
    expect(woman2001).toBe("001301000007");
    expect(parseCccd(woman2001)).toMatchObject({ ok: true, value: { sex: "female", birthYear: 2001 } });
  });

  it("refuses impossible parts", () => {
    expect(() => makeCccd({ provinceCode: "03", sex: "male", birthYear: 1995, serial: 1 })).toThrow(
      RangeError,
    );
    expect(() => makeCccd({ provinceCode: "79", sex: "male", birthYear: 1899, serial: 1 })).toThrow(
      RangeError,
    );
    expect(() => makeCccd({ provinceCode: "79", sex: "male", birthYear: 1995, serial: 1_000_000 })).toThrow(
      RangeError,
    );
  });
});

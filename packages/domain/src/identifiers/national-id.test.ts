import { describe, expect, it } from "vitest";
import { parseNationalId } from "./national-id";

describe("parseNationalId", () => {
  it("recognises a 12-digit CCCD and decodes it", () => {
    expect(parseNationalId("079 095 012 345")).toEqual({
      ok: true,
      value: {
        kind: "cccd",
        value: "079095012345",
        provinceCode: "79",
        sex: "male",
        birthYear: 1995,
        serial: "012345",
      },
    });
  });

  it("recognises a legacy 9-digit CMND", () => {
    expect(parseNationalId("023 456 789")).toEqual({ ok: true, value: { kind: "cmnd", value: "023456789" } });
  });

  it("passes on CCCD errors and rejects other lengths", () => {
    expect(parseNationalId("003095012345")).toMatchObject({ ok: false, error: { code: "cccd.province" } });
    expect(parseNationalId("0790950123")).toMatchObject({ ok: false, error: { code: "national_id.format" } });
    expect(parseNationalId("")).toMatchObject({ ok: false, error: { code: "national_id.required" } });
  });
});

import { describe, expect, it } from "vitest";
import { maskNationalId } from "./mask-national-id";

describe("maskNationalId", () => {
  it("shows the first three and the last two digits", () => {
    expect(maskNationalId("079085000123")).toBe("079*******23");
    expect(maskNationalId("123456789")).toBe("123****89");
  });

  it("hides everything of a value too short to mask", () => {
    expect(maskNationalId("12345")).toBe("*****");
  });
});

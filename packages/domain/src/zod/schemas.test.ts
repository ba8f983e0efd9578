import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bhxhNumberSchema, dateDdMmYyyySchema, mobileSchema, nationalIdSchema } from "./schemas";

describe("Zod schemas built on the parsers", () => {
  it("output the parser's normalised value", () => {
    expect(bhxhNumberSchema.parse(" 79 1234 5678 ")).toBe("7912345678");
    expect(mobileSchema.parse("+84 912 345 678")).toBe("0912345678");
    expect(dateDdMmYyyySchema.parse("29/02/2024")).toBe("2024-02-29");
    expect(nationalIdSchema.parse("079095012345")).toMatchObject({
      kind: "cccd",
      birthYear: 1995,
      sex: "male",
    });
  });

  it("carry the bilingual field error in the issue params", () => {
    const result = bhxhNumberSchema.safeParse("12345");
    expect(result.success).toBe(false);
    const [issue] = result.error?.issues ?? [];
    expect(issue).toMatchObject({
      code: "custom",
      message: "The social insurance number must be exactly 10 digits",
      params: {
        code: "bhxh_number.format",
        vi: "Mã số BHXH phải gồm đúng 10 chữ số",
        en: "The social insurance number must be exactly 10 digits",
      },
    });
  });

  it("reject impossible dates with the parser's message", () => {
    const [issue] = dateDdMmYyyySchema.safeParse("31/02/2025").error?.issues ?? [];
    expect(issue?.code).toBe("custom");
    expect(issue?.code === "custom" && issue.params?.vi).toBe("Ngày 31/02/2025 không tồn tại");
  });

  it("report the field path inside object schemas", () => {
    const result = z.object({ phone: mobileSchema }).safeParse({ phone: "024 3826 1234" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["phone"], params: { code: "mobile.landline" } });
  });

  it("leave non-string input to Zod's own type check", () => {
    expect(mobileSchema.safeParse(912345678).error?.issues[0]?.code).toBe("invalid_type");
  });
});

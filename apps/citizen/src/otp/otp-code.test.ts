import { describe, expect, it } from "vitest";
import { normaliseOtpCode, validateOtpCode } from "./otp-code";

describe("the SMS code", () => {
  it("keeps only the digits people meant", () => {
    expect(normaliseOtpCode(" 123 456 ")).toBe("123456");
    expect(normaliseOtpCode("123-456")).toBe("123456");
  });

  it("must be 6 digits", () => {
    expect(validateOtpCode("")).toBe("otp.code.required");
    expect(validateOtpCode("   ")).toBe("otp.code.required");
    expect(validateOtpCode("12345")).toBe("otp.code.format");
    expect(validateOtpCode("1234567")).toBe("otp.code.format");
    expect(validateOtpCode("12a456")).toBe("otp.code.format");
    expect(validateOtpCode("123 456")).toBeUndefined();
  });
});

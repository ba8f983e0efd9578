import { describe, expect, it } from "vitest";
import { normalisePhone, validatePasswordReset } from "./validate-password-reset";

describe("the forgotten-password request", () => {
  it("accepts a BHXH number or a CCCD number with a mobile number, however they are typed", () => {
    expect(validatePasswordReset({ identifier: "0101 234 570", phone: "0904 123 456" })).toEqual({});
    expect(validatePasswordReset({ identifier: "079085000123", phone: "+84 904.123.456" })).toEqual({});
  });

  it("names what is missing or malformed", () => {
    expect(validatePasswordReset({ identifier: "", phone: "" })).toEqual({
      identifier: "login.identifier.required",
      phone: "forgotPassword.phone.required",
    });
    expect(validatePasswordReset({ identifier: "12345", phone: "0204123456" })).toEqual({
      identifier: "login.identifier.format",
      phone: "forgotPassword.phone.format",
    });
  });

  it("sends the phone in its national form", () => {
    expect(normalisePhone("+84904123456")).toBe("0904123456");
    expect(normalisePhone("84904123456")).toBe("0904123456");
    expect(normalisePhone("(090) 412-3456")).toBe("0904123456");
  });
});

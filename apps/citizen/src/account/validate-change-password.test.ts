import { describe, expect, it } from "vitest";
import { validateChangePassword, validateNewPassword } from "./validate-change-password";

describe("the new password, typed twice", () => {
  it("must be there, 8 characters long (as a person counts them) and the same twice", () => {
    expect(validateNewPassword({ newPassword: "", repeatPassword: "" })).toEqual({
      newPassword: "changePassword.new.required",
      repeatPassword: "changePassword.repeat.required",
    });
    expect(validateNewPassword({ newPassword: "ngắn", repeatPassword: "khác" })).toEqual({
      newPassword: "changePassword.new.short",
      repeatPassword: "changePassword.repeat.different",
    });
    // Eight letters with Vietnamese marks, whatever their UTF-16 length.
    expect(validateNewPassword({ newPassword: "Đường-Mới", repeatPassword: "Đường-Mới" })).toEqual({});
  });

  it("also asks for the current password when changing it", () => {
    expect(
      validateChangePassword({
        currentPassword: "",
        newPassword: "Mat-khau-moi",
        repeatPassword: "Mat-khau-moi",
      }),
    ).toEqual({ currentPassword: "changePassword.current.required" });
  });
});

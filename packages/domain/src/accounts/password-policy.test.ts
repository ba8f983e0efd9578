import { describe, expect, it } from "vitest";
import { checkNewPassword } from "./password-policy";

const person = { bhxhNumber: "7901234567", nationalId: "079085000123" };
const codes = (password: string) => checkNewPassword(password, person).map((p) => p.code);

describe("checkNewPassword", () => {
  it("accepts a long, uncommon password", () => {
    expect(codes("Cà phê sữa đá 2026")).toEqual([]);
  });

  it("counts characters, not bytes: 8 Vietnamese letters are enough", () => {
    expect(codes("đườnghẻm")).toEqual([]);
    expect(codes("đườnghẻ")).toEqual(["password.too_short"]);
  });

  it("refuses common passwords whatever their case", () => {
    expect(codes("MatKhau123")).toEqual(["password.common"]);
    expect(codes("12345678")).toEqual(["password.common"]);
  });

  it("refuses the BHXH number or the ID number inside the password", () => {
    expect(codes("7901234567")).toEqual(["password.personal_number"]);
    expect(codes("an-079085000123")).toEqual(["password.personal_number"]);
  });

  it("reports every broken rule at once, in both languages", () => {
    const problems = checkNewPassword("1234567", person);
    expect(problems.map((p) => p.code)).toEqual(["password.too_short"]);
    expect(problems[0]).toMatchObject({
      vi: "Mật khẩu phải có ít nhất 8 ký tự",
      en: "The password must have at least 8 characters",
    });
  });
});

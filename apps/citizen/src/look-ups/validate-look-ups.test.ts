import { describe, expect, it } from "vitest";
import {
  householdLookUpBody,
  numberLookUpBody,
  validateHouseholdLookUp,
  validateNumberLookUp,
} from "./validate-look-ups";

const today = "2026-05-20";
const person = { provinceCode: "79", fullName: "Nguyen Van An", birthDate: "15/03/1985", nationalId: "" };

describe("the number look-up form", () => {
  it("needs the province, the name, and the birth date or the CCCD number", () => {
    expect(validateNumberLookUp(person, today)).toEqual({});
    expect(validateNumberLookUp({ ...person, birthDate: "", nationalId: "079085000123" }, today)).toEqual({});
    expect(
      validateNumberLookUp({ provinceCode: "", fullName: "  ", birthDate: " ", nationalId: "" }, today),
    ).toEqual({
      provinceCode: "number.provinceCode.required",
      fullName: "lu.fullName.required",
      birthDate: "number.birthDate.either",
    });
  });

  it("explains a birth date that is malformed, impossible or to come", () => {
    const birth = (birthDate: string) => validateNumberLookUp({ ...person, birthDate }, today).birthDate;
    expect(birth("1985-03-15")).toBe("number.birthDate.format");
    expect(birth("31/04/1985")).toBe("number.birthDate.invalid");
    expect(birth("21/05/2026")).toBe("number.birthDate.future");
    expect(birth("20/05/2026")).toBeUndefined();
  });

  it("takes a CCCD (12 digits) or an old CMND (9), typed with spaces", () => {
    const id = (nationalId: string) => validateNumberLookUp({ ...person, nationalId }, today).nationalId;
    expect(id("079 085 000 123")).toBeUndefined();
    expect(id("079085001")).toBeUndefined();
    expect(id("07908500012")).toBe("number.nationalId.format");
  });

  it("refuses a name of 100 characters or more", () => {
    expect(validateNumberLookUp({ ...person, fullName: "A".repeat(100) }, today).fullName).toBe(
      "lu.fullName.tooLong",
    );
  });

  it("sends the date as dd/MM/yyyy, digits only, and leaves out what was not given", () => {
    expect(
      numberLookUpBody({
        provinceCode: "79",
        fullName: " Nguyễn  Văn An ",
        birthDate: "5-3-1985",
        nationalId: "",
      }),
    ).toEqual({ provinceCode: "79", fullName: "Nguyễn Văn An", birthDate: "05/03/1985" });
    expect(
      numberLookUpBody({ provinceCode: "01", fullName: "An", birthDate: "", nationalId: "001 062 000 321" }),
    ).toEqual({ provinceCode: "01", fullName: "An", nationalId: "001062000321" });
  });

  it("sends a name typed with combining marks as NFC", () => {
    const decomposed = "Nguyễn".normalize("NFD");
    expect(numberLookUpBody({ ...person, fullName: decomposed }).fullName).toBe("Nguyễn");
  });
});

describe("the household look-up form", () => {
  it("needs a 10-digit BHXH number and the name", () => {
    expect(validateHouseholdLookUp({ bhxhNumber: "79 0123 4568", fullName: "Tran Thi Binh" })).toEqual({});
    expect(validateHouseholdLookUp({ bhxhNumber: "", fullName: "" })).toEqual({
      bhxhNumber: "household.bhxhNumber.required",
      fullName: "lu.fullName.required",
    });
    expect(validateHouseholdLookUp({ bhxhNumber: "790123456", fullName: "B" }).bhxhNumber).toBe(
      "household.bhxhNumber.format",
    );
    expect(householdLookUpBody({ bhxhNumber: "79 0123 4568", fullName: "Trần Thị Bình " })).toEqual({
      bhxhNumber: "7901234568",
      fullName: "Trần Thị Bình",
    });
  });
});

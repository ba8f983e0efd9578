import { describe, expect, it } from "vitest";
import { foldVietnamese } from "./fold-vietnamese";
import { stripVietnameseMarks } from "./strip-vietnamese-marks";

describe("stripVietnameseMarks", () => {
  it("drops tones and letter marks, maps đ to d and keeps the case", () => {
    expect(stripVietnameseMarks("Nguyễn Thị Đào")).toBe("Nguyen Thi Dao");
    expect(stripVietnameseMarks("ĂÂÊÔƠƯ ăâêôơư ĐỨC đức")).toBe("AAEOOU aaeoou DUC duc");
  });

  it("gives the same text for NFC and NFD input", () => {
    expect(stripVietnameseMarks("Trần Quốc Tuấn".normalize("NFD"))).toBe("Tran Quoc Tuan");
  });

  it("keeps spacing, digits and punctuation, and agrees with foldVietnamese once lower-cased", () => {
    const text = "Mã OTP: 123456. Hết hạn sau 5 phút!\n";
    expect(stripVietnameseMarks(text)).toBe("Ma OTP: 123456. Het han sau 5 phut!\n");
    expect(foldVietnamese(stripVietnameseMarks(text))).toBe(foldVietnamese(text));
  });

  it("leaves characters that are not Vietnamese letters alone", () => {
    expect(stripVietnameseMarks("50.000 ₫ “trả”")).toBe("50.000 ₫ “tra”");
  });
});

import { describe, expect, it } from "vitest";
import { toSmsText } from "./to-sms-text";

describe("toSmsText", () => {
  it("writes Vietnamese without marks and keeps the case", () => {
    expect(toSmsText("Mã xác thực AnSinh của bạn là 123456. Đừng chia sẻ mã này.")).toBe(
      "Ma xac thuc AnSinh cua ban la 123456. Dung chia se ma nay.",
    );
    expect(toSmsText("Hồ sơ của Trần Thị Bình đã được duyệt".normalize("NFD"))).toBe(
      "Ho so cua Tran Thi Binh da duoc duyet",
    );
  });

  it("refuses what is still not ASCII, naming the character", () => {
    expect(() => toSmsText("Số tiền: 50.000 ₫")).toThrow(
      'SMS text must be ASCII once Vietnamese marks are removed; found "₫" (U+20AB)',
    );
    expect(() => toSmsText("“Trả lời”")).toThrow(/found "“" \(U\+201C\)/);
    expect(() => toSmsText("Chúc mừng 🎉")).toThrow(/\(U\+1F389\)/);
  });
});

import { describe, expect, it } from "vitest";
import { toSmsText } from "../../sms/to-sms-text";
import { approvalSms, rejectionSms } from "./dossier-sms";

describe("dossier SMS", () => {
  it("gives the login and the temporary password on approval", () => {
    expect(
      approvalSms({ number: "HS2026000123", kind: "self", bhxhNumber: "7912345678", password: "Kq7mTw4xYp" }),
    ).toBe(
      "BHXH Viet Nam: ho so HS2026000123 da duoc phe duyet. Ten dang nhap: 7912345678. " +
        "Mat khau tam thoi: Kq7mTw4xYp. Vui long doi mat khau khi dang nhap lan dau.",
    );
  });

  it("says the login is the child's when a parent filed for a child", () => {
    const text = approvalSms({
      number: "HS1",
      kind: "child",
      bhxhNumber: "7901234575",
      password: "Kq7mTw4xYp",
    });
    expect(text).toBe(
      "BHXH Viet Nam: ho so HS1 da duoc phe duyet. Ten dang nhap cua con: 7901234575. " +
        "Mat khau tam thoi: Kq7mTw4xYp. Vui long doi mat khau khi dang nhap lan dau.",
    );
    expect(toSmsText(text)).toBe(text);
  });

  it("states each listed reason in plain ASCII words", () => {
    const texts = (["blurry_photo", "data_mismatch", "wrong_office"] as const).map((reason) =>
      rejectionSms({ number: "HS1", reason, note: null }),
    );
    expect(texts).toEqual([
      "BHXH Viet Nam: ho so HS1 chua duoc phe duyet. Ly do: Anh chup giay to khong ro net. Vui long dang ky lai tren ung dung hoac lien he 19009068.",
      "BHXH Viet Nam: ho so HS1 chua duoc phe duyet. Ly do: Thong tin khai bao khong khop voi du lieu BHXH. Vui long dang ky lai tren ung dung hoac lien he 19009068.",
      "BHXH Viet Nam: ho so HS1 chua duoc phe duyet. Ly do: Chon sai co quan BHXH tiep nhan ho so. Vui long dang ky lai tren ung dung hoac lien he 19009068.",
    ]);
    for (const text of texts) expect(toSmsText(text)).toBe(text);
  });

  it("sends the staff member's own words for 'other', made ASCII and short", () => {
    const text = rejectionSms({
      number: "HS2",
      reason: "other",
      note: "Đề nghị chụp lại mặt sau “rõ góc” 📷\ncủa thẻ CCCD",
    });
    expect(text).toContain("Ly do: De nghi chup lai mat sau ro goc cua the CCCD. Vui long");
    expect(toSmsText(text)).toBe(text);
    const long = rejectionSms({ number: "HS3", reason: "other", note: "ảnh ".repeat(200) });
    expect(long).toMatch(/Ly do: (anh ){20,}.*\.\.\.\. Vui long/);
  });
});

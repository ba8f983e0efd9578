import type { RejectReason } from "@ansinh/db";
import { stripVietnameseMarks } from "@ansinh/domain";

/**
 * The SMS giving the login and the temporary password once a dossier is approved. A child's dossier
 * sends it to the parent's phone, so it says whose login it is.
 */
export function approvalSms(m: {
  number: string;
  kind: "self" | "child";
  bhxhNumber: string;
  password: string;
}): string {
  const login = m.kind === "child" ? "Ten dang nhap cua con" : "Ten dang nhap";
  return (
    `BHXH Viet Nam: ho so ${m.number} da duoc phe duyet. ${login}: ${m.bhxhNumber}. ` +
    `Mat khau tam thoi: ${m.password}. Vui long doi mat khau khi dang nhap lan dau.`
  );
}

/** The reasons in plain words, as the citizen reads them (the SMS drops the marks). */
const rejectReasonWords: Record<Exclude<RejectReason, "other">, string> = {
  blurry_photo: "Ảnh chụp giấy tờ không rõ nét",
  data_mismatch: "Thông tin khai báo không khớp với dữ liệu BHXH",
  wrong_office: "Chọn sai cơ quan BHXH tiếp nhận hồ sơ",
};

const NOTE_IN_SMS_MAX = 120;

/**
 * A staff member's free text made fit for an SMS: marks dropped, anything else outside printable
 * ASCII (curly quotes, emoji, line breaks) turned into spaces, and kept short.
 */
function smsSafe(text: string): string {
  const ascii = stripVietnameseMarks(text)
    .replace(/[^\x20-\x7E]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return ascii.length > NOTE_IN_SMS_MAX ? `${ascii.slice(0, NOTE_IN_SMS_MAX - 3).trimEnd()}...` : ascii;
}

/** The SMS telling why a dossier was not approved and how to send it again. */
export function rejectionSms(m: { number: string; reason: RejectReason; note: string | null }): string {
  const words = m.reason === "other" ? smsSafe(m.note ?? "") : rejectReasonWords[m.reason];
  return (
    `BHXH Viet Nam: ho so ${m.number} chua duoc phe duyet. Ly do: ${stripVietnameseMarks(words)}. ` +
    "Vui long dang ky lai tren ung dung hoac lien he 19009068."
  );
}

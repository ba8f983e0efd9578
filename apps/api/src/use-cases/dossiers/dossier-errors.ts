import type { DossierStatus } from "@ansinh/db";
import { AppError } from "../../errors/app-error";

/**
 * The same 404 for a dossier that does not exist and for one routed to another office: staff of
 * another office must not learn that it exists.
 */
export const dossierNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy hồ sơ này trong danh sách hồ sơ của cơ quan bạn.",
    en: "This dossier is not among your office's dossiers.",
  });

/** A decision on a dossier that is no longer pending. */
export function dossierAlreadyDecided(number: string, status: Exclude<DossierStatus, "pending">) {
  return status === "approved"
    ? new AppError("conflict", {
        vi: `Hồ sơ ${number} đã được phê duyệt trước đó; không thể xử lý lại.`,
        en: `Dossier ${number} has already been approved; it cannot be decided again.`,
      })
    : new AppError("conflict", {
        vi: `Hồ sơ ${number} đã bị từ chối trước đó; không thể xử lý lại. Người dân cần gửi hồ sơ mới.`,
        en: `Dossier ${number} has already been rejected; it cannot be decided again. The citizen needs to submit a new one.`,
      });
}

/** What the access log tells the citizen about why their data was read. */
export function accessPurpose(number: string, role: string): string {
  return role === "support"
    ? `Hỗ trợ người dân về hồ sơ đăng ký tài khoản ${number}`
    : `Duyệt hồ sơ đăng ký tài khoản ${number}`;
}

import type { RequestStatus } from "@ansinh/db";
import { AppError } from "../../errors/app-error";

/** The same 404 for a request that does not exist and for another citizen's: nothing is confirmed. */
export const requestNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy hồ sơ này trong danh sách hồ sơ của bạn.",
    en: "This request is not among your requests.",
  });

/** Staff of another office get the same answer as for a request that does not exist. */
export const officeRequestNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy hồ sơ này trong danh sách hồ sơ của cơ quan bạn.",
    en: "This request is not among your office's requests.",
  });

const statusWords: Record<RequestStatus, { vi: string; en: string }> = {
  draft: { vi: "đang là bản nháp", en: "is a draft" },
  submitted: { vi: "đã gửi, chờ tiếp nhận", en: "is submitted and waiting to be received" },
  received: { vi: "đã được tiếp nhận", en: "has been received" },
  processing: { vi: "đang được giải quyết", en: "is being processed" },
  needs_info: { vi: "đang chờ người dân bổ sung thông tin", en: "is waiting for more information" },
  completed: { vi: "đã giải quyết xong", en: "has been completed" },
  rejected: { vi: "đã bị từ chối", en: "has been rejected" },
};

/**
 * A change that the request's current status does not allow (or that someone else made first): 409,
 * saying what the request is now so the caller can reload it.
 */
export function requestStateChanged(request: { number: string | null; status: RequestStatus }): AppError {
  const label = request.number ? `Hồ sơ ${request.number}` : "Hồ sơ";
  const labelEn = request.number ? `Request ${request.number}` : "The request";
  const words = statusWords[request.status];
  return new AppError("conflict", {
    vi: `${label} ${words.vi}; không thể thực hiện thao tác này. Vui lòng tải lại trang.`,
    en: `${labelEn} ${words.en}; this cannot be done now. Please reload the page.`,
  });
}

import { AppError } from "../../errors/app-error";

export const notPayable = () =>
  new AppError("conflict", {
    vi: "Dịch vụ này không cần thanh toán.",
    en: "This service needs no payment.",
  });

export const keyUsedForAnotherRequest = () =>
  new AppError("conflict", {
    vi: "Mã giao dịch này đã được dùng cho một hồ sơ khác. Vui lòng tải lại trang và thử lại.",
    en: "This payment key was already used for another request. Please reload the page and try again.",
  });

export const nothingToRenew = () =>
  new AppError("conflict", {
    vi: "Hộ gia đình của bạn không có thẻ BHYT nào để gia hạn. Vui lòng liên hệ cơ quan BHXH hoặc gọi 1900 9068.",
    en: "Your household has no health insurance card to renew. Please contact the social insurance office or call 1900 9068.",
  });

/** The answers no longer allow a quote, e.g. the chosen income left the bounds when the law changed. */
export const cannotQuote = () =>
  new AppError("conflict", {
    vi: "Không tính được số tiền cần đóng cho hồ sơ này theo quy định hiện hành. Vui lòng nộp hồ sơ mới.",
    en: "The amount due for this request cannot be worked out under the rules in force. Please file a new request.",
  });

export const forgedCallback = () =>
  new AppError("unauthenticated", {
    vi: "Chữ ký của thông báo thanh toán không hợp lệ.",
    en: "The payment notification's signature is not valid.",
  });

export const unknownPayment = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy giao dịch thanh toán này.",
    en: "This payment was not found.",
  });

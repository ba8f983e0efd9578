import { AppError, type Bilingual } from "../errors/app-error";

export type UploadRejectionCode =
  | "too_large"
  | "not_an_image"
  | "unsupported_format"
  | "truncated"
  | "polyglot"
  | "too_many_pixels"
  | "too_small";

/** The limits an upload is held to; the messages quote them so that people know what to send instead. */
export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
  /** Shortest side allowed, so that a thumbnail is not accepted as a photo of a document. */
  minSide: number;
  /** Longer outputs are scaled down: enough to read an ID card, small enough for a weak network. */
  maxLongSide: number;
}

// Plain language for people on a phone: say what is wrong and what to do, never a library's words.
function describe(code: UploadRejectionCode, limits: ImageLimits): Bilingual {
  switch (code) {
    case "too_large": {
      const mb = Math.floor(limits.maxBytes / (1024 * 1024));
      return {
        vi: `Tệp quá lớn. Mỗi ảnh tối đa ${mb} MB.`,
        en: `The file is too large. Each picture can be at most ${mb} MB.`,
      };
    }
    case "not_an_image":
      return {
        vi: "Tệp này không phải là ảnh. Hãy chọn một tấm ảnh chụp.",
        en: "This file is not a picture. Please choose a photo.",
      };
    case "unsupported_format":
      return {
        vi: "Định dạng ảnh này chưa được hỗ trợ. Hãy gửi ảnh JPEG hoặc PNG.",
        en: "This picture format is not supported. Please send a JPEG or PNG photo.",
      };
    case "truncated":
      return {
        vi: "Ảnh bị hỏng hoặc chưa được tải lên hết. Hãy gửi lại ảnh.",
        en: "The picture is damaged or did not upload completely. Please send it again.",
      };
    case "polyglot":
      return {
        vi: "Tệp có chứa dữ liệu khác ngoài ảnh nên không thể nhận. Hãy chụp lại ảnh rồi gửi.",
        en: "The file contains something other than the picture, so it cannot be accepted. Please take the photo again and send it.",
      };
    case "too_many_pixels": {
      const megapixels = Math.floor(limits.maxPixels / 1_000_000);
      return {
        vi: `Ảnh có độ phân giải quá lớn (tối đa ${megapixels} triệu điểm ảnh). Hãy gửi ảnh nhỏ hơn.`,
        en: `The picture's resolution is too high (at most ${megapixels} megapixels). Please send a smaller one.`,
      };
    }
    case "too_small":
      return {
        vi: `Ảnh quá nhỏ để đọc rõ (tối thiểu ${limits.minSide} × ${limits.minSide} điểm ảnh). Hãy chụp lại gần hơn.`,
        en: `The picture is too small to read (at least ${limits.minSide} × ${limits.minSide} pixels). Please take it again from closer.`,
      };
  }
}

/** Thrown by sanitizeImage when an upload is refused; `detail` is what the person is shown. */
export class UploadRejected extends Error {
  readonly detail: Bilingual;

  constructor(
    readonly code: UploadRejectionCode,
    limits: ImageLimits,
  ) {
    const detail = describe(code, limits);
    super(detail.en);
    this.detail = detail;
  }
}

/** The refusal as the validation error of one request field, e.g. "body.idCardFront". */
export function uploadRejectedAsAppError(rejection: UploadRejected, field: string): AppError {
  return new AppError("validation", rejection.detail, [{ field, code: rejection.code, ...rejection.detail }]);
}

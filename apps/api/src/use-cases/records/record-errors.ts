import { AppError } from "../../errors/app-error";

/** The signed-in person's registry record is gone (it should not happen): nothing to show. */
export const recordNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy thông tin của bạn trên hệ thống BHXH. Vui lòng gọi 1900 9068.",
    en: "Your record was not found in the social insurance system. Please call 1900 9068.",
  });

/**
 * The same 404 for a visit that does not exist and for someone else's: a citizen must not learn
 * which visit ids exist.
 */
export const visitNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy lần khám chữa bệnh này trong sổ khám chữa bệnh của bạn.",
    en: "This medical visit is not in your medical record book.",
  });

/** One answer for every card a parent may not open, whether the number exists or not. */
export const notYourChild = () =>
  new AppError("forbidden", {
    vi: "Bạn chỉ xem được thẻ BHYT của con dưới 18 tuổi cùng hộ gia đình với bạn.",
    en: "You can only see the health insurance card of your own child under 18 in your household.",
  });

export const personNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy người có mã số BHXH này.",
    en: "There is no person with this social insurance number.",
  });

export const otherProvince = () =>
  new AppError("forbidden", {
    vi: "Người này thuộc tỉnh, thành phố khác: chỉ cán bộ BHXH của tỉnh, thành phố nơi người đó cư trú được xem.",
    en: "This person lives in another province: only staff of that province's offices may see their records.",
  });

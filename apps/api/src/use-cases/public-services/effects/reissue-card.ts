import { reissueActiveCard } from "@ansinh/db";
import { vietnamDate } from "@ansinh/domain";
import { AppError } from "../../../errors/app-error";
import type { ServiceEffectRun } from "./service-effect";

const noCardToReissue = (number: string | null) =>
  new AppError("conflict", {
    vi: `Hồ sơ ${number ?? ""}: người dân không có thẻ BHYT còn hiệu lực để cấp lại; hồ sơ chưa được hoàn thành. Vui lòng từ chối hồ sơ hoặc hướng dẫn gia hạn thẻ.`,
    en: `Request ${number ?? ""}: the person holds no valid health insurance card to reissue; the request was not completed. Please reject it or advise a renewal.`,
  });

/**
 * "Cấp lại / đổi thẻ BHYT": the active card is replaced by a new one issued today, valid to the same
 * day, at the facility chosen when the reason is a change of facility. A person with no valid card
 * has nothing to reissue: the completion is refused and rolled back.
 */
export const reissueCard: ServiceEffectRun = async (tx, _context, request) => {
  const facilityCode =
    request.answers.reason === "change_facility" && typeof request.answers.facilityCode === "string"
      ? request.answers.facilityCode
      : null;
  const issued = await reissueActiveCard(tx, {
    personId: request.personId,
    today: vietnamDate(new Date()),
    facilityCode,
  });
  if (!issued) throw noCardToReissue(request.number);
};

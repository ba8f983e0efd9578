import type { ServiceApplicant } from "@ansinh/db";
import type { IsoDate, LocalText, ServiceDefinition } from "@ansinh/domain";
import { AppError } from "../../errors/app-error";
import { isOwnMinorChild } from "../household/own-minor-child";

export interface ServiceAvailability {
  available: boolean;
  unavailableReason: LocalText | null;
}

const reasons: Record<Exclude<ServiceDefinition["audience"], "everyone">, LocalText> = {
  benefit_recipient: {
    vi: "Dịch vụ này dành cho người đang hưởng lương hưu hoặc trợ cấp BHXH. Hồ sơ của bạn không có khoản chi trả nào trong 12 tháng qua.",
    en: "This service is for people receiving a pension or a social insurance allowance. Your record shows no payment in the last 12 months.",
  },
  household_member: {
    vi: "Dịch vụ này dành cho người tham gia BHYT theo hộ gia đình. Hồ sơ của bạn chưa thuộc hộ gia đình nào.",
    en: "This service is for people insured through their household. Your record is not linked to a household.",
  },
  parent_of_minor: {
    vi: "Dịch vụ này dành cho cha mẹ có con dưới 18 tuổi trong cùng hộ gia đình.",
    en: "This service is for parents with a child under 18 in the same household.",
  },
};

/** Whether the person belongs to the service's audience, as their records say today. */
export function serviceAvailability(
  service: Pick<ServiceDefinition, "audience">,
  applicant: ServiceApplicant,
  today: IsoDate,
): ServiceAvailability {
  const audience = service.audience;
  if (audience === "everyone") return { available: true, unavailableReason: null };
  const belongs =
    audience === "benefit_recipient"
      ? applicant.receivesBenefit
      : audience === "household_member"
        ? applicant.inHousehold
        : applicant.relatives.some((r) => isOwnMinorChild(applicant.relation, r, today));
  return belongs
    ? { available: true, unavailableReason: null }
    : { available: false, unavailableReason: reasons[audience] };
}

/** A 403 with the reason, for a service the person does not belong to. */
export function requireAvailable(availability: ServiceAvailability): void {
  if (availability.unavailableReason) throw new AppError("forbidden", availability.unavailableReason);
}

/** "In the last 12 months": payments on or after the same day a year ago count. */
export function benefitWindowStart(today: IsoDate): IsoDate {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  return date.toISOString().slice(0, 10);
}

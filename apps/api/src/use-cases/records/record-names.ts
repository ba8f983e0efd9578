import type { BenefitKind, Scheme } from "@ansinh/db";
import type { Bilingual } from "../../errors/app-error";

/** The schemes in the order the app and the statement show them. */
export const SCHEMES = [
  "bhxh_compulsory",
  "bhxh_voluntary",
  "unemployment",
  "occupational_accident",
  "health_insurance",
] as const satisfies readonly Scheme[];

export const schemeNames: Record<Scheme, Bilingual> = {
  bhxh_compulsory: { vi: "Bảo hiểm xã hội bắt buộc", en: "Compulsory social insurance" },
  bhxh_voluntary: { vi: "Bảo hiểm xã hội tự nguyện", en: "Voluntary social insurance" },
  unemployment: { vi: "Bảo hiểm thất nghiệp", en: "Unemployment insurance" },
  occupational_accident: {
    vi: "Bảo hiểm tai nạn lao động, bệnh nghề nghiệp",
    en: "Occupational accident and disease insurance",
  },
  health_insurance: { vi: "Bảo hiểm y tế", en: "Health insurance" },
};

export const benefitKindNames: Record<BenefitKind, Bilingual> = {
  sickness: { vi: "Trợ cấp ốm đau", en: "Sickness allowance" },
  maternity: { vi: "Trợ cấp thai sản", en: "Maternity benefit" },
  unemployment: { vi: "Trợ cấp thất nghiệp", en: "Unemployment benefit" },
  one_time: { vi: "Bảo hiểm xã hội một lần", en: "One-time social insurance payment" },
  pension: { vi: "Lương hưu", en: "Pension" },
  occupational_accident: {
    vi: "Trợ cấp tai nạn lao động, bệnh nghề nghiệp",
    en: "Occupational accident and disease benefit",
  },
};

/** What a staff read is logged as (staff_access_log.what). */
export const RECORDS_READ = "records";
export const VISIT_REPORT_READ = "visit_report";

const accessWhat: Record<string, Bilingual> = {
  [RECORDS_READ]: {
    vi: "Thông tin cá nhân, thẻ BHYT, quá trình tham gia, thông tin hưởng và sổ khám chữa bệnh",
    en: "Personal details, health insurance card, participation history, benefits and medical visits",
  },
  [VISIT_REPORT_READ]: {
    vi: "Phản ánh của bạn về một lần khám chữa bệnh",
    en: "Your report about a medical visit",
  },
  dossier: { vi: "Hồ sơ đăng ký tài khoản", en: "Account registration dossier" },
  "document:id_front": { vi: "Ảnh mặt trước giấy tờ tùy thân", en: "Photo of the ID card (front)" },
  "document:id_back": { vi: "Ảnh mặt sau giấy tờ tùy thân", en: "Photo of the ID card (back)" },
  "document:birth_certificate": { vi: "Ảnh giấy khai sinh", en: "Photo of the birth certificate" },
  "document:child_portrait": { vi: "Ảnh chân dung của trẻ", en: "Portrait photo of the child" },
};

/** The logged `what` in words the citizen understands; an unknown code is shown as it is. */
export function accessWhatName(what: string): Bilingual {
  return accessWhat[what] ?? { vi: what, en: what };
}

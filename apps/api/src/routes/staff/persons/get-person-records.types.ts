import { z } from "zod";
import type { PersonRecordsView } from "../../../use-cases/records/view-person-records";
import { cardFields, presentCard } from "../../records/card.types";
import { benefitsFields, presentBenefits } from "../../records/get-benefits.types";
import { historyFields, presentHistory } from "../../records/get-history.types";
import { presentProfile, profileFields } from "../../records/get-profile.types";
import { presentVisits, visitsFields } from "../../records/get-visits.types";
import { asOf, bilingual, plainText } from "../../records/record-shapes.types";

export const personRecordsParams = z.object({
  bhxhNumber: z
    .string()
    .regex(/^\d{10}$/, bilingual("Mã số BHXH gồm 10 chữ số", "The social insurance number has 10 digits")),
});

const reasonText = bilingual(
  "Vui lòng ghi lý do xem dữ liệu (từ 3 đến 200 ký tự); người dân sẽ thấy lý do này",
  "Please give the reason for looking (3 to 200 characters); the citizen will see it",
);

export const personRecordsQuery = z.object({
  // One line, written to the person's access log: control characters are refused before they reach
  // the database, which cannot store NUL.
  reason: plainText({ vi: "Lý do xem dữ liệu", en: "The reason for looking" }, { notText: reasonText })
    .trim()
    .min(3, reasonText)
    .max(200, reasonText),
});

export const personRecordsResponse = z.object({
  asOf,
  profile: profileFields,
  card: cardFields.nullable(),
  history: historyFields,
  benefits: benefitsFields,
  visits: visitsFields,
});

export function presentPersonRecords(view: PersonRecordsView): z.infer<typeof personRecordsResponse> {
  return {
    asOf: view.asOf.toISOString(),
    profile: presentProfile(view.profile),
    card: presentCard(view.card),
    history: presentHistory(view.history),
    benefits: presentBenefits(view.benefits),
    visits: presentVisits(view.visits),
  };
}

import { z } from "zod";
import type { BenefitsView } from "../../use-cases/records/read-benefits";
import { benefitKindNames } from "../../use-cases/records/record-names";
import { asOf, bilingualText, isoDate, named, vnd } from "./record-shapes.types";

export const benefitsFields = z.object({
  total: vnd.describe("Sum of the payments listed"),
  items: z
    .array(
      z.object({
        kind: z.enum([
          "sickness",
          "maternity",
          "unemployment",
          "one_time",
          "pension",
          "occupational_accident",
        ]),
        kindName: bilingualText,
        decisionNumber: z.string(),
        periodFrom: isoDate,
        periodTo: isoDate.nullable(),
        amount: vnd,
        payingOffice: named,
        paidOn: isoDate,
      }),
    )
    .describe("Newest first"),
});

export const benefitsResponse = benefitsFields.extend({ asOf });

export function presentBenefits(view: Omit<BenefitsView, "asOf">): z.infer<typeof benefitsFields> {
  return {
    total: view.total,
    items: view.items.map((b) => ({
      kind: b.kind,
      kindName: benefitKindNames[b.kind],
      decisionNumber: b.decisionNumber,
      periodFrom: b.periodFrom,
      periodTo: b.periodTo,
      amount: b.amount,
      payingOffice: b.payingOffice,
      paidOn: b.paidOn,
    })),
  };
}

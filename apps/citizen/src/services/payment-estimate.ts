import { type ServiceField, voluntaryQuote } from "@ansinh/domain";
import type { Answers, ServicePayment } from "./services-api";

/**
 * What the check page can say about the amount before the request is sent. Only the voluntary
 * contribution's total is known here: 22 % of the chosen income for each month (the domain's own
 * quote), before the State support the server deducts for the person's category. A household renewal
 * depends on how many members the household has, which only the server knows: null.
 */
export function paymentEstimate(
  payment: ServicePayment | null,
  fields: readonly ServiceField[],
  answers: Answers,
  today: string,
): number | null {
  if (payment !== "voluntary_contribution") return null;
  const income = answers[fields.find((field) => field.kind === "money")?.name ?? ""];
  const months = answers[fields.find((field) => field.kind === "months")?.name ?? ""];
  if (typeof income !== "number" || typeof months !== "number") return null;
  try {
    // The category only changes the State support, which the total does not include.
    return voluntaryQuote({ income, months, from: today, category: "other" }).total;
  } catch {
    return null;
  }
}

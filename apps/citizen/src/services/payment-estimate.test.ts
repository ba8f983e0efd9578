import type { ServiceField } from "@ansinh/domain";
import { describe, expect, it } from "vitest";
import { paymentEstimate } from "./payment-estimate";

const label = { vi: "x", en: "x" };
const fields: ServiceField[] = [
  { name: "income", kind: "money", label, required: true },
  { name: "months", kind: "months", label, required: true, monthOptions: [1, 3, 6, 12] },
];

describe("paymentEstimate", () => {
  it("is 22 % of the income for each month of a voluntary contribution", () => {
    expect(
      paymentEstimate("voluntary_contribution", fields, { income: 5_000_000, months: 3 }, "2026-11-26"),
    ).toBe(3_300_000);
  });

  it("is unknown for a household renewal, or without both answers", () => {
    expect(paymentEstimate("household_renewal", fields, { months: 3 }, "2026-11-26")).toBeNull();
    expect(paymentEstimate("voluntary_contribution", fields, { income: 5_000_000 }, "2026-11-26")).toBeNull();
    expect(paymentEstimate(null, fields, { income: 5_000_000, months: 3 }, "2026-11-26")).toBeNull();
  });
});

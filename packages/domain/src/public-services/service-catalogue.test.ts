import { describe, expect, it } from "vitest";
import data from "../reference/data/public-services.json" with { type: "json" };
import { parseServiceCatalogue, serviceByCode, serviceCatalogue, serviceFieldsOn } from "./service-catalogue";

function service(code: string) {
  const definition = serviceByCode(code);
  if (definition === undefined) throw new Error(`no service ${code}`);
  return definition;
}

describe("serviceCatalogue", () => {
  it("lists the seven services of issue #5 under their fixed codes", () => {
    expect(serviceCatalogue.map((s) => s.code)).toEqual([
      "reissue-book",
      "reissue-card",
      "child-account",
      "benefit-receipt",
      "authorise-collector",
      "household-renewal",
      "voluntary-contribution",
    ]);
    expect(serviceByCode("no-such-service")).toBeUndefined();
  });

  it("lets only the two paid services be completed by a payment", () => {
    const paid = serviceCatalogue.filter((s) => s.payment !== null).map((s) => [s.code, s.payment, s.effect]);
    expect(paid).toEqual([
      ["household-renewal", "household_renewal", "renew_household_card"],
      ["voluntary-contribution", "voluntary_contribution", "pay_voluntary"],
    ]);
  });

  it("asks for the new facility only when the card is changed for it", () => {
    const facility = service("reissue-card").fields.find((f) => f.name === "facilityCode");
    expect(facility).toMatchObject({
      kind: "facility",
      when: { field: "reason", equals: ["change_facility"] },
    });
  });

  it("refuses a form whose `when` names a later field or an unknown value", () => {
    const [first] = data.services;
    const broken = {
      services: [
        {
          ...first,
          fields: [
            {
              name: "details",
              kind: "longText",
              label: { vi: "a", en: "a" },
              required: true,
              when: { field: "reason", equals: ["lost"] },
            },
            ...(first?.fields ?? []),
          ],
        },
      ],
    };
    expect(() => parseServiceCatalogue(broken)).toThrow(/reissue-book: details: when must name values/);
  });

  it("refuses a choice without options and a duplicate service code", () => {
    const [first] = data.services;
    const noOptions = {
      services: [
        {
          ...first,
          fields: [{ name: "reason", kind: "choice", label: { vi: "a", en: "a" }, required: true }],
        },
      ],
    };
    expect(() => parseServiceCatalogue(noOptions)).toThrow(/options go with choice/);
    expect(() => parseServiceCatalogue({ services: [first, first] })).toThrow(/duplicate service code/);
  });
});

describe("serviceFieldsOn", () => {
  it("bounds the voluntary income by the rural poverty line and 20 × the reference level of the day", () => {
    // 1,500,000 (Decree 07/2021) to 20 × 2,340,000 = 46,800,000, then 20 × 2,530,000 = 50,600,000.
    const income = (date: string) =>
      serviceFieldsOn(service("voluntary-contribution"), date).find((f) => f.name === "income");
    expect(income("2026-06-30")).toMatchObject({ min: 1_500_000, max: 46_800_000 });
    expect(income("2026-07-01")).toMatchObject({ min: 1_500_000, max: 50_600_000 });
  });

  it("leaves other services' fields as they are", () => {
    const renewal = service("household-renewal");
    expect(serviceFieldsOn(renewal, "2026-07-01")).toBe(renewal.fields);
  });
});

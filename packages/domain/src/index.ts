/**
 * @ansinh/domain — pure rules of Vietnamese social and health insurance: identifiers, dates and
 * months, Vietnamese text, money, effective-dated reference data (rates, caps, codes, provinces,
 * offices) and calculators. No I/O: the browser apps import it as well as the server.
 */
export * from "./accounts/password-policy";
export * from "./accounts/staff-roles";
export * from "./benefits/benefit-amounts";
export * from "./benefits/retirement-age";
export * from "./benefits/visit-cost-split";
export * from "./calendar/add-days";
export * from "./calendar/age-on";
export * from "./calendar/birth-date";
export * from "./calendar/format-date";
export * from "./calendar/iso-date";
export * from "./calendar/month-text";
export * from "./calendar/parse-date";
export * from "./calendar/vietnam-time";
export * from "./calendar/year-month";
export * from "./contributions/household-health-contribution";
export * from "./contributions/monthly-contribution";
export * from "./contributions/voluntary-contribution";
export * from "./health-card/card-qr";
export * from "./health-card/card-status";
export * from "./health-card/coverage-on";
export * from "./identifiers/bhxh-number";
export * from "./identifiers/card-code";
export * from "./identifiers/card-number";
export * from "./identifiers/cccd";
export * from "./identifiers/cccd-consistency";
export * from "./identifiers/facility-code";
export * from "./identifiers/mobile";
export * from "./identifiers/national-id";
export * from "./identifiers/tax-code";
export * from "./money/format-vnd";
export * from "./money/percent-of";
export * from "./parsed";
export * from "./reference/base-salary";
export * from "./reference/benefit-levels";
export * from "./reference/contribution-caps";
export * from "./reference/contribution-rates";
export * from "./reference/effective";
export * from "./reference/health-insurance-care-rules";
export * from "./reference/health-insurance-groups";
export * from "./reference/household-health-insurance";
export * from "./reference/offices";
export * from "./reference/provinces";
export * from "./reference/regional-minimum-wage";
export * from "./reference/rural-poverty-line";
export * from "./reference/voluntary-state-support";
export * from "./text/compare-vietnamese";
export * from "./text/fold-vietnamese";
export * from "./text/mask-person-name";
export * from "./text/normalize-person-name";
export * from "./text/strip-vietnamese-marks";
export * from "./text/to-nfc";
export * from "./zod/schema-from-parser";
export * from "./zod/schemas";

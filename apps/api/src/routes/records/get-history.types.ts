import { z } from "zod";
import { percentText } from "../../use-cases/records/participation-summary";
import type { HistoryView } from "../../use-cases/records/read-history";
import { SCHEMES, schemeNames } from "../../use-cases/records/record-names";
import { asOf, bilingual, bilingualText, vnd, yearMonth } from "./record-shapes.types";

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

const yearParam = (vi: string, en: string) =>
  z.coerce
    .number(bilingual(`${vi} phải là một năm, ví dụ 2020`, `${en} must be a year, e.g. 2020`))
    .int(bilingual(`${vi} phải là một năm, ví dụ 2020`, `${en} must be a year, e.g. 2020`))
    .min(YEAR_MIN, bilingual(`${vi} từ ${YEAR_MIN} trở đi`, `${en} must be ${YEAR_MIN} or later`))
    .max(YEAR_MAX, bilingual(`${vi} đến ${YEAR_MAX} là cùng`, `${en} must be ${YEAR_MAX} or earlier`))
    .optional();

export const historyQuery = z
  .object({
    scheme: z
      .enum(
        SCHEMES,
        bilingual(
          "Loại bảo hiểm phải là bhxh_compulsory, bhxh_voluntary, unemployment, occupational_accident hoặc health_insurance",
          "The scheme must be bhxh_compulsory, bhxh_voluntary, unemployment, occupational_accident or health_insurance",
        ),
      )
      .optional(),
    fromYear: yearParam("Năm bắt đầu", "The first year"),
    toYear: yearParam("Năm kết thúc", "The last year"),
  })
  .superRefine((query, ctx) => {
    if (query.fromYear !== undefined && query.toYear !== undefined && query.fromYear > query.toYear) {
      ctx.addIssue({
        code: "custom",
        path: ["toYear"],
        message: bilingual(
          "Năm kết thúc không được trước năm bắt đầu",
          "The last year cannot be before the first year",
        ),
      });
    }
  });

const employer = z.object({ name: z.string(), taxCode: z.string() }).nullable();

const period = z.object({
  from: yearMonth.describe("First month; with fromYear, not before January of that year"),
  to: yearMonth
    .nullable()
    .describe("Last month, null while the period runs; with toYear, not after December of that year"),
  months: z
    .number()
    .int()
    .describe(
      "Months from–to inclusive (a running period up to the as-of month): with years, only those inside them",
    ),
  employer,
  jobTitle: z.string().nullable(),
  salaryBase: vnd,
  employeeRate: z.string().describe('Percent, e.g. "8"'),
  employerRate: z.string().describe('Percent, e.g. "17.5"'),
  employeeAmount: vnd.describe("Monthly"),
  employerAmount: vnd.describe("Monthly"),
  employeeTotal: vnd.describe("employeeAmount × months"),
  employerTotal: vnd.describe("employerAmount × months"),
  status: z.enum(["paid", "unpaid", "suspended", "reserved"]),
  closedThrough: yearMonth.nullable(),
});

export const historyFields = z.object({
  closedThrough: yearMonth.nullable().describe("Đã chốt đến tháng: the latest month closed in the book"),
  schemes: z.array(
    z.object({
      scheme: z.enum(SCHEMES),
      name: bilingualText,
      months: z
        .number()
        .int()
        .describe("Months that count (paid or reserved periods); unpaid months are listed under unpaid"),
      duration: z.object({ years: z.number().int(), months: z.number().int() }),
      employeeTotal: vnd.describe("Paid by the worker over the counted periods"),
      employerTotal: vnd.describe("Paid by the employer (or the State) over the counted periods"),
      periods: z.array(period).describe("Newest first"),
      unpaid: z
        .array(
          z.object({
            employer,
            from: yearMonth,
            to: yearMonth,
            months: z.number().int(),
            amount: vnd.describe("Owed for those months, employee and employer shares together"),
          }),
        )
        .describe(
          "Runs of consecutive months not paid by an employer (inside the years asked for), newest first",
        ),
    }),
  ),
});

export const historyResponse = historyFields.extend({ asOf });

export function presentHistory(view: Omit<HistoryView, "asOf">): z.infer<typeof historyFields> {
  return {
    closedThrough: view.closedThrough,
    schemes: view.schemes.map((s) => ({
      scheme: s.scheme,
      name: schemeNames[s.scheme],
      months: s.months,
      duration: s.duration,
      employeeTotal: s.employeeTotal,
      employerTotal: s.employerTotal,
      periods: s.periods.map((p) => ({
        from: p.from,
        to: p.to,
        months: p.months,
        employer: p.employer,
        jobTitle: p.jobTitle,
        salaryBase: p.salaryBase,
        employeeRate: percentText(p.employeeRate),
        employerRate: percentText(p.employerRate),
        employeeAmount: p.employeeAmount,
        employerAmount: p.employerAmount,
        employeeTotal: p.employeeTotal,
        employerTotal: p.employerTotal,
        status: p.status,
        closedThrough: p.closedThrough,
      })),
      unpaid: s.unpaid,
    })),
  };
}

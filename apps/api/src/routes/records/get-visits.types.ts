import type { Diagnosis } from "@ansinh/db";
import { z } from "zod";
import type { VisitsView } from "../../use-cases/records/read-visits";
import { asOf, bilingual, named, nameOf, vnd } from "./record-shapes.types";

export const visitsQuery = z.object({
  year: z.coerce
    .number(bilingual("Năm phải là một năm, ví dụ 2025", "The year must be a year, e.g. 2025"))
    .int(bilingual("Năm phải là một năm, ví dụ 2025", "The year must be a year, e.g. 2025"))
    .min(1900, bilingual("Năm từ 1900 trở đi", "The year must be 1900 or later"))
    .max(2100, bilingual("Năm đến 2100 là cùng", "The year must be 2100 or earlier"))
    .optional(),
});

const diagnosis = named.describe("ICD-10 code and its Vietnamese name");

export const visitsFields = z.object({
  years: z
    .array(
      z.object({
        year: z.number().int(),
        count: z.number().int(),
        totalCost: vnd,
        fundPaid: vnd,
        patientPaid: vnd,
        visits: z
          .array(
            z.object({
              id: z.uuid().describe("POST /api/me/visits/{id}/report to say one did not go"),
              facility: named,
              kind: z.enum(["outpatient", "inpatient"]),
              admittedAt: z.iso.datetime(),
              dischargedAt: z.iso.datetime(),
              mainDiagnosis: diagnosis,
              otherDiagnoses: z.array(diagnosis),
              totalCost: vnd,
              fundPaid: vnd,
              patientPaid: vnd,
              reported: z.boolean().describe('"Tôi không đi khám lần này" was filed'),
            }),
          )
          .describe("Newest first"),
      }),
    )
    .describe("Newest year first"),
});

export const visitsResponse = visitsFields.extend({ asOf });

const presentDiagnosis = (d: Diagnosis) => nameOf(d.code, d.name);

export function presentVisits(view: Omit<VisitsView, "asOf">): z.infer<typeof visitsFields> {
  return {
    years: view.years.map((y) => ({
      year: y.year,
      count: y.count,
      totalCost: y.totalCost,
      fundPaid: y.fundPaid,
      patientPaid: y.patientPaid,
      visits: y.visits.map((v) => ({
        id: v.id,
        facility: nameOf(v.facility.code, v.facility.name),
        kind: v.kind,
        admittedAt: v.admittedAt.toISOString(),
        dischargedAt: v.dischargedAt.toISOString(),
        mainDiagnosis: presentDiagnosis(v.mainDiagnosis),
        otherDiagnoses: v.otherDiagnoses.map(presentDiagnosis),
        totalCost: v.totalCost,
        fundPaid: v.fundPaid,
        patientPaid: v.patientPaid,
        reported: v.reported,
      })),
    })),
  };
}

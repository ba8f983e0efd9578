import type { ProvinceVisitReport } from "@ansinh/db";
import { z } from "zod";
import { bilingual, named, nameOf, vnd } from "../../records/record-shapes.types";

const statuses = ["received", "in_review", "resolved"] as const;
const PAGE_MAX = 50;
const pageText = bilingual("Số phản ánh mỗi trang từ 1 đến 50", "Between 1 and 50 reports per page");

export const visitReportsQuery = z.object({
  status: z
    .enum(
      statuses,
      bilingual(
        "Trạng thái phải là received, in_review hoặc resolved",
        "The status must be received, in_review or resolved",
      ),
    )
    .default("received"),
  limit: z.coerce.number(pageText).int(pageText).min(1, pageText).max(PAGE_MAX, pageText).default(20),
  offset: z.coerce
    .number()
    .int()
    .min(0, bilingual("Vị trí bắt đầu không được âm", "The offset cannot be negative"))
    .max(1_000_000)
    .default(0),
});

export const visitReportsResponse = z.object({
  items: z.array(
    z.object({
      reference: z.string(),
      status: z.enum(statuses),
      note: z.string().nullable(),
      createdAt: z.iso.datetime(),
      person: z.object({ bhxhNumber: z.string(), fullName: z.string() }),
      visit: z.object({
        id: z.uuid(),
        facility: named,
        kind: z.enum(["outpatient", "inpatient"]),
        admittedAt: z.iso.datetime(),
        dischargedAt: z.iso.datetime(),
        mainDiagnosis: named,
        totalCost: vnd,
        fundPaid: vnd,
      }),
    }),
  ),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export function presentVisitReports(
  page: { items: ProvinceVisitReport[]; total: number },
  query: { limit: number; offset: number },
): z.infer<typeof visitReportsResponse> {
  return {
    items: page.items.map((r) => ({
      reference: r.reference,
      status: r.status,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      person: r.person,
      visit: {
        id: r.visit.id,
        facility: nameOf(r.visit.facility.code, r.visit.facility.name),
        kind: r.visit.kind,
        admittedAt: r.visit.admittedAt.toISOString(),
        dischargedAt: r.visit.dischargedAt.toISOString(),
        mainDiagnosis: nameOf(r.visit.mainDiagnosis.code, r.visit.mainDiagnosis.name),
        totalCost: r.visit.totalCost,
        fundPaid: r.visit.fundPaid,
      },
    })),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
  };
}

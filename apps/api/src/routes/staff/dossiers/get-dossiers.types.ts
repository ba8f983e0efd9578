import type { DossierQueueItem } from "@ansinh/db";
import { z } from "zod";

const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

const DOSSIER_PAGE_MAX = 50;

export const dossierListQuery = z.object({
  status: z
    .enum(
      ["pending", "approved", "rejected"],
      bilingual(
        "Trạng thái phải là pending, approved hoặc rejected",
        "The status must be pending, approved or rejected",
      ),
    )
    .default("pending"),
  limit: z.coerce
    .number()
    .int()
    .min(1, bilingual("Số hồ sơ mỗi trang từ 1 đến 50", "Between 1 and 50 dossiers per page"))
    .max(DOSSIER_PAGE_MAX, bilingual("Số hồ sơ mỗi trang từ 1 đến 50", "Between 1 and 50 dossiers per page"))
    .default(20),
  offset: z.coerce
    .number()
    .int()
    .min(0, bilingual("Vị trí bắt đầu không được âm", "The offset cannot be negative"))
    .max(1_000_000)
    .default(0),
});

const dossierQueueItem = z.object({
  id: z.uuid(),
  /** Số hồ sơ. */
  number: z.string(),
  kind: z.enum(["self", "child"]),
  status: z.enum(["pending", "approved", "rejected"]),
  /** The person the account is for; staff of the office see the full name. */
  fullName: z.string(),
  /** The parent who filed a child's dossier; null for one's own. */
  filedBy: z.object({ bhxhNumber: z.string(), fullName: z.string() }).nullable(),
  submittedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  /** Pending: minutes since submission; decided: minutes it waited for the decision. */
  waitingMinutes: z.number().int(),
});

export const dossierListResponse = z.object({
  items: z.array(dossierQueueItem),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export function presentDossierList(
  page: { items: DossierQueueItem[]; total: number },
  query: { limit: number; offset: number },
): z.infer<typeof dossierListResponse> {
  return {
    items: page.items.map((d) => ({
      id: d.id,
      number: d.number,
      kind: d.kind,
      status: d.status,
      fullName: d.fullName,
      filedBy: d.filedBy,
      submittedAt: d.submittedAt.toISOString(),
      decidedAt: d.decidedAt?.toISOString() ?? null,
      waitingMinutes: d.waitingMinutes,
    })),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
  };
}

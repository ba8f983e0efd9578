import { petitionStatuses } from "@ansinh/domain";
import { z } from "zod";
import type { OfficePetitionEntry } from "../../../use-cases/help/petitions/office-petitions";
import { petitionCategory, petitionStatus } from "../../help/petitions/petition-shapes.types";
import { bilingual } from "../../service-requests/request-shapes.types";
import { staffMember } from "./staff-petition.types";

export const petitionQueueQuery = z.object({
  status: z
    .enum(
      petitionStatuses,
      bilingual("Chọn received, processing hoặc answered", "Choose received, processing or answered"),
    )
    .optional(),
  page: z.coerce
    .number(bilingual("Số trang phải là số", "The page must be a number"))
    .int(bilingual("Số trang phải là số nguyên", "The page must be a whole number"))
    .min(1, bilingual("Số trang từ 1 trở lên", "The page starts at 1"))
    .max(10_000, bilingual("Số trang quá lớn", "The page is too large"))
    .default(1),
});

export const petitionQueue = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      category: petitionCategory,
      status: petitionStatus,
      createdAt: z.iso.datetime(),
      /** "Trần T** T** H***": the full name is shown only when the petition is opened (and logged). */
      personName: z.string(),
      contentPreview: z.string().max(80),
      assignedStaff: staffMember.nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export function presentPetitionQueue(
  queue: { items: OfficePetitionEntry[]; total: number },
  page: number,
  pageSize: number,
): z.infer<typeof petitionQueue> {
  return {
    items: queue.items.map((p) => ({
      id: p.id,
      number: p.number,
      category: p.category,
      status: p.status,
      createdAt: p.createdAt.toISOString(),
      personName: p.personName,
      contentPreview: p.contentPreview,
      assignedStaff: p.assignedStaff,
    })),
    total: queue.total,
    page,
    pageSize,
  };
}

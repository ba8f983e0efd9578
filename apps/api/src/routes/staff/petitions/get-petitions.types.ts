import { petitionStatuses } from "@ansinh/domain";
import { z } from "zod";
import type { OfficePetitionEntry } from "../../../use-cases/help/petitions/office-petitions";
import { petitionCategory, petitionStatus } from "../../help/petitions/petition-shapes.types";
import { bilingual } from "../../service-requests/request-shapes.types";
import { pageQuery } from "../page-query.types";
import { staffMember } from "./staff-petition.types";

export const petitionQueueQuery = z.object({
  status: z
    .enum(
      petitionStatuses,
      bilingual("Chọn received, processing hoặc answered", "Choose received, processing or answered"),
    )
    .optional(),
  ...pageQuery.shape,
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

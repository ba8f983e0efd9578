import type { PetitionRow } from "@ansinh/db";
import { petitionCategoryCodes, petitionStatuses } from "@ansinh/domain";
import { z } from "zod";
import { bilingual } from "../../service-requests/request-shapes.types";

/** Shapes shared by the citizen's and the staff's petition routes. */
export const petitionParams = z.object({
  id: z.uuid(bilingual("Mã phản ánh, kiến nghị không hợp lệ", "The petition id is not valid")),
});

export const petitionCategory = z.enum(petitionCategoryCodes);
export const petitionStatus = z.enum(petitionStatuses);

export const petitionView = z.object({
  id: z.uuid(),
  /** "PA" + yy + 8 digits. */
  number: z.string().regex(/^PA\d{10}$/),
  category: petitionCategory,
  content: z.string(),
  status: petitionStatus,
  createdAt: z.iso.datetime(),
  photoUrl: z.string().nullable().describe("Where the attached photo is read; null without one"),
  reply: z.string().nullable(),
  repliedAt: z.iso.datetime().nullable(),
  officeName: z.string(),
});

export const petitionResponse = z.object({ petition: petitionView });

/** The petition as its owner sees it; `photoBase` is where the caller's side reads petitions. */
export function presentPetition(row: PetitionRow, photoBase: string): z.infer<typeof petitionView> {
  return {
    id: row.id,
    number: row.number,
    category: row.category,
    content: row.content,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    photoUrl: row.photoDocumentId ? `${photoBase}/${row.id}/photo` : null,
    reply: row.reply,
    repliedAt: row.repliedAt?.toISOString() ?? null,
    officeName: row.officeName,
  };
}

export const CITIZEN_PETITIONS = "/api/help/petitions";

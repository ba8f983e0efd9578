import type { PetitionSummary } from "@ansinh/db";
import { z } from "zod";
import { petitionCategory, petitionStatus } from "./petition-shapes.types";

export const petitionList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      category: petitionCategory,
      status: petitionStatus,
      createdAt: z.iso.datetime(),
      repliedAt: z.iso.datetime().nullable(),
    }),
  ),
});

export function presentPetitionList(items: PetitionSummary[]): z.infer<typeof petitionList> {
  return {
    items: items.map((p) => ({
      id: p.id,
      number: p.number,
      category: p.category,
      status: p.status,
      createdAt: p.createdAt.toISOString(),
      repliedAt: p.repliedAt?.toISOString() ?? null,
    })),
  };
}

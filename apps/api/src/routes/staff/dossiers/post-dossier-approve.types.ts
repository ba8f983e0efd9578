import type { DecidedDossier } from "@ansinh/db";
import { z } from "zod";

/** The decision as recorded; never the temporary password nor any hash. */
export const dossierDecisionResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(["approved", "rejected"]),
  decidedAt: z.iso.datetime(),
});

export function presentDecision(
  decided: DecidedDossier,
  status: "approved" | "rejected",
): z.infer<typeof dossierDecisionResponse> {
  return { id: decided.id, number: decided.number, status, decidedAt: decided.decidedAt.toISOString() };
}

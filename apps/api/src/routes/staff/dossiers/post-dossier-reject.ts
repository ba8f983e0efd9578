import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { rejectDossier } from "../../../use-cases/dossiers/reject-dossier";
import type { RouteContext } from "../../route-context";
import { dossierParams } from "./dossier-params.types";
import { dossierDecisionResponse, presentDecision } from "./post-dossier-approve.types";
import { rejectDossierBody } from "./post-dossier-reject.types";

/**
 * Who may call: a signed-in reviewer or admin of the dossier's own office (401 anonymous, 403
 * support agent and data officer, 404 for another office's dossier, 409 when no longer pending).
 */
export function registerPostDossierReject(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/dossiers/:id/reject",
    {
      schema: {
        tags: ["staff", "dossiers"],
        summary: "Rejects a pending dossier with a reason; the citizen is told why by SMS",
        params: dossierParams,
        body: rejectDossierBody,
        response: { 200: dossierDecisionResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      const { reason, note } = request.body;
      return presentDecision(
        await rejectDossier(context, staff, { dossierId: request.params.id, reason, note: note || null }),
        "rejected",
      );
    },
  );
}

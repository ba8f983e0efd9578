import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { approveDossier } from "../../../use-cases/dossiers/approve-dossier";
import type { RouteContext } from "../../route-context";
import { dossierParams } from "./dossier-params.types";
import { dossierDecisionResponse, presentDecision } from "./post-dossier-approve.types";

/**
 * Who may call: a signed-in reviewer or admin of the dossier's own office (401 anonymous, 403
 * support agent and data officer, 404 for another office's dossier, 409 when no longer pending).
 * Neither the temporary password nor its hash is ever in the response: it goes out by SMS only.
 */
export function registerPostDossierApprove(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/dossiers/:id/approve",
    {
      schema: {
        tags: ["staff", "dossiers"],
        summary: "Approves a pending dossier: creates the account and sends the login by SMS",
        params: dossierParams,
        response: { 200: dossierDecisionResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return presentDecision(
        await approveDossier(context, staff, { dossierId: request.params.id }),
        "approved",
      );
    },
  );
}

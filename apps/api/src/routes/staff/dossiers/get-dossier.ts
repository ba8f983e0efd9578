import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { viewDossier } from "../../../use-cases/dossiers/view-dossier";
import type { RouteContext } from "../../route-context";
import { dossierParams } from "./dossier-params.types";
import { dossierResponse, presentDossier } from "./get-dossier.types";

/**
 * Who may call: a signed-in reviewer, support agent or admin of the dossier's own office (401
 * anonymous, 403 data officer, 404 for another office's dossier — its existence is not confirmed).
 * Every successful view is written to the person's access log.
 */
export function registerGetDossier(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/dossiers/:id",
    {
      schema: {
        tags: ["staff", "dossiers"],
        summary: "A dossier: what was submitted beside the registry record, its photos and history",
        params: dossierParams,
        response: { 200: dossierResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return presentDossier(
        await viewDossier(context, staff, { dossierId: request.params.id, requestId: request.id }),
      );
    },
  );
}

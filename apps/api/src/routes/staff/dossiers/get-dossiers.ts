import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { listDossiers } from "../../../use-cases/dossiers/list-dossiers";
import type { RouteContext } from "../../route-context";
import { dossierListQuery, dossierListResponse, presentDossierList } from "./get-dossiers.types";

/**
 * Who may call: a signed-in reviewer, support agent or admin, for their own office's dossiers only
 * (401 anonymous, 403 data officer).
 */
export function registerGetDossiers(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/dossiers",
    {
      schema: {
        tags: ["staff", "dossiers"],
        summary: "The account dossiers routed to the caller's office (pending: oldest first)",
        querystring: dossierListQuery,
        response: { 200: dossierListResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return presentDossierList(await listDossiers(context, staff, request.query), request.query);
    },
  );
}

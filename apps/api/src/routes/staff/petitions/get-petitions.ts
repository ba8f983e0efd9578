import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import {
  listOfficePetitionQueue,
  PETITION_PAGE_SIZE,
} from "../../../use-cases/help/petitions/office-petitions";
import type { RouteContext } from "../../route-context";
import { petitionQueue, petitionQueueQuery, presentPetitionQueue } from "./get-petitions.types";

/**
 * Who may call: a signed-in support agent or admin, for their own office's petitions only (401
 * anonymous, 403 reviewer or data officer).
 */
export function registerGetStaffPetitions(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "The office's petitions, open ones first and the oldest first, names masked",
        querystring: petitionQueueQuery,
        response: { 200: petitionQueue },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      const { query } = request;
      return presentPetitionQueue(
        await listOfficePetitionQueue(context, staff, query),
        query.page,
        PETITION_PAGE_SIZE,
      );
    },
  );
}

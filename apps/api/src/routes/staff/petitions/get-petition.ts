import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { viewOfficePetition } from "../../../use-cases/help/petitions/office-petitions";
import { petitionParams } from "../../help/petitions/petition-shapes.types";
import type { RouteContext } from "../../route-context";
import { presentStaffPetition, staffPetitionResponse } from "./staff-petition.types";

/**
 * Who may call: a signed-in support agent or admin of the petition's own office (401 anonymous, 403
 * reviewer or data officer, 404 for another office's). Every view is written to the person's access log.
 */
export function registerGetStaffPetition(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/:id",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "A petition of the office with who sent it, who handles it and the answer",
        params: petitionParams,
        response: { 200: staffPetitionResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return presentStaffPetition(
        await viewOfficePetition(context, staff, { id: request.params.id, requestId: request.id }),
      );
    },
  );
}

import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { takeOfficePetition } from "../../../use-cases/help/petitions/handle-petition";
import { petitionParams } from "../../help/petitions/petition-shapes.types";
import type { RouteContext } from "../../route-context";
import { presentStaffPetition, staffPetitionResponse } from "./staff-petition.types";

/**
 * Who may call: a signed-in support agent or admin of the petition's own office (401 anonymous, 403
 * reviewer or data officer, 404 for another office's). 409 once the petition is answered.
 */
export function registerPostStaffPetitionTake(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/:id/take",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "Takes a petition: it is being looked into (processing) by the caller",
        params: petitionParams,
        response: { 200: staffPetitionResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return presentStaffPetition(await takeOfficePetition(context, staff, { id: request.params.id }));
    },
  );
}

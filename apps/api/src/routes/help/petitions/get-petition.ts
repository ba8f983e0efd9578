import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../../auth/citizen-session";
import { viewOwnPetition } from "../../../use-cases/help/petitions/own-petitions";
import type { RouteContext } from "../../route-context";
import {
  CITIZEN_PETITIONS,
  petitionParams,
  petitionResponse,
  presentPetition,
} from "./petition-shapes.types";

/** Who may call: the signed-in citizen who sent the petition (401 anonymous, 404 for anyone else's). */
export function registerGetPetition(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/:id",
    {
      schema: {
        tags: ["help"],
        summary: "One of the caller's petitions, with the office's answer once there is one",
        params: petitionParams,
        response: { 200: petitionResponse },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      const petition = await viewOwnPetition(context, citizen, request.params.id);
      return { petition: presentPetition(petition, CITIZEN_PETITIONS) };
    },
  );
}

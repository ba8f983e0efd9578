import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../../auth/citizen-session";
import { listOwnPetitions } from "../../../use-cases/help/petitions/own-petitions";
import type { RouteContext } from "../../route-context";
import { petitionList, presentPetitionList } from "./get-petitions.types";

/** Who may call: a signed-in citizen, for their own petitions only (401 anonymous). */
export function registerGetPetitions(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/",
    {
      schema: {
        tags: ["help"],
        summary: "The caller's petitions, newest first",
        response: { 200: petitionList },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      return presentPetitionList(await listOwnPetitions(context, citizen));
    },
  );
}

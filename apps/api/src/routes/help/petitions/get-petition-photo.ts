import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../../auth/citizen-session";
import { sendImage } from "../../../uploads/send-image";
import { readOwnPetitionPhoto } from "../../../use-cases/help/petitions/own-petitions";
import type { RouteContext } from "../../route-context";
import { petitionParams } from "./petition-shapes.types";

/**
 * Who may call: the signed-in citizen who sent the petition (401 anonymous, 404 for anyone else's or
 * for a petition without a photo). The image is never cached.
 */
export function registerGetPetitionPhoto(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/:id/photo",
    {
      schema: {
        tags: ["help"],
        summary: "The photo attached to one of the caller's petitions (JPEG)",
        params: petitionParams,
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context);
      const image = await readOwnPetitionPhoto(context, citizen, request.params.id);
      return sendImage(reply, image);
    },
  );
}

import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { sendImage } from "../../../uploads/send-image";
import { readOfficePetitionPhoto } from "../../../use-cases/help/petitions/office-petitions";
import { petitionParams } from "../../help/petitions/petition-shapes.types";
import type { RouteContext } from "../../route-context";

/**
 * Who may call: a signed-in support agent or admin of the petition's own office (401 anonymous, 403
 * reviewer or data officer, 404 otherwise or without a photo). Every read is written to the person's
 * access log; the image is never cached.
 */
export function registerGetStaffPetitionPhoto(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/:id/photo",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "The photo attached to a petition of the office (JPEG)",
        params: petitionParams,
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(request, context);
      const image = await readOfficePetitionPhoto(context, staff, {
        id: request.params.id,
        requestId: request.id,
      });
      return sendImage(reply, image);
    },
  );
}

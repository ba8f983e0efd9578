import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { answerOfficePetition } from "../../../use-cases/help/petitions/handle-petition";
import { petitionParams } from "../../help/petitions/petition-shapes.types";
import type { RouteContext } from "../../route-context";
import { petitionAnswerBody } from "./post-petition-answer.types";
import { presentStaffPetition, staffPetitionResponse } from "./staff-petition.types";

/**
 * Who may call: a signed-in support agent or admin of the petition's own office (401 anonymous, 403
 * reviewer or data officer, 404 for another office's). 409 when it was already answered.
 */
export function registerPostStaffPetitionAnswer(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/:id/answer",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "Answers a petition in writing; the citizen is notified in the app and by SMS",
        params: petitionParams,
        body: petitionAnswerBody,
        response: { 200: staffPetitionResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return presentStaffPetition(
        await answerOfficePetition(context, staff, { id: request.params.id, reply: request.body.reply }),
      );
    },
  );
}

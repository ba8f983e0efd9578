import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../../auth/citizen-session";
import { submitPetition } from "../../../use-cases/help/petitions/submit-petition";
import { readDossierForm } from "../../registrations/read-registration-form";
import type { RouteContext } from "../../route-context";
import { PETITIONS_PER_MINUTE } from "../help-request-limits";
import { CITIZEN_PETITIONS, petitionResponse, presentPetition } from "./petition-shapes.types";
import { parsePetitionFields, petitionShape, postPetitionDescription } from "./post-petition.types";

/**
 * Who may call: a signed-in citizen, for themselves (401 anonymous, 403 still on the temporary
 * password). The petition is always the caller's own and goes to their office: no person or office is
 * named in the form.
 */
export function registerPostPetition(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/",
    {
      config: context.perMinute(PETITIONS_PER_MINUTE),
      schema: {
        tags: ["help"],
        summary:
          "Sends a petition (phản ánh, kiến nghị) to the caller's office (idempotent by submissionKey)",
        description: postPetitionDescription,
        consumes: ["multipart/form-data"],
        response: { 200: petitionResponse, 201: petitionResponse },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context);
      const form = await readDossierForm(request, petitionShape);
      const filed = await submitPetition(context, citizen, {
        fields: parsePetitionFields(form.fields),
        photo: form.files.photo,
      });
      reply.status(filed.created ? 201 : 200);
      return { petition: presentPetition(filed.petition, CITIZEN_PETITIONS) };
    },
  );
}

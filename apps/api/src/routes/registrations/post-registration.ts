import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { FORMS_PER_MINUTE } from "../../plugins/public-limits";
import { registrationShape } from "../../use-cases/registration/registration-form";
import { submitRegistration } from "../../use-cases/registration/submit-registration";
import type { RouteContext } from "../route-context";
import { registrationFormDescription, registrationResponse } from "./post-registration.types";
import { readDossierForm } from "./read-registration-form";

/**
 * Who may call: anyone — it is how a citizen without an account asks for one. It reveals nothing of
 * the registry: a form that does not match gets one neutral answer.
 */
export function registerPostRegistration(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/",
    {
      config: context.perMinute(FORMS_PER_MINUTE),
      schema: {
        tags: ["registration"],
        summary: "Register for an account: the form with both ID-card photos becomes a pending dossier",
        description: registrationFormDescription,
        consumes: ["multipart/form-data"],
        response: { 200: registrationResponse, 201: registrationResponse },
      },
    },
    async (request, reply) => {
      const form = await readDossierForm(request, registrationShape);
      const dossier = await submitRegistration(context, form);
      reply.status(dossier.created ? 201 : 200);
      return { dossierNumber: dossier.number, status: dossier.status, office: dossier.office };
    },
  );
}

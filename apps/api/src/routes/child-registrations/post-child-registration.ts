import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { childRegistrationShape } from "../../use-cases/child-registration/child-registration-form";
import { submitChildRegistration } from "../../use-cases/child-registration/submit-child-registration";
import { registrationResponse } from "../registrations/post-registration.types";
import { readDossierForm } from "../registrations/read-registration-form";
import type { RouteContext } from "../route-context";
import { childRegistrationFormDescription } from "./post-child-registration.types";

/**
 * Who may call: a signed-in citizen, for a child under 18 of their own household (401 anonymous; a
 * child of another household gets the same neutral answer as an unknown number). The session is
 * checked before the form is read.
 */
export function registerPostChildRegistration(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/",
    {
      schema: {
        tags: ["registration"],
        summary: "Register an account for one's child: the form with two photos becomes a pending dossier",
        description: childRegistrationFormDescription,
        consumes: ["multipart/form-data"],
        response: { 200: registrationResponse, 201: registrationResponse },
      },
    },
    async (request, reply) => {
      const parent = await requireCitizen(request, context);
      const form = await readDossierForm(request, childRegistrationShape);
      const dossier = await submitChildRegistration(context, parent, form);
      reply.status(dossier.created ? 201 : 200);
      return { dossierNumber: dossier.number, status: dossier.status, office: dossier.office };
    },
  );
}

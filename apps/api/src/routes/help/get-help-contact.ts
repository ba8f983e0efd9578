import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { readHelpContact } from "../../use-cases/help/contact/read-help-contact";
import type { RouteContext } from "../route-context";
import { helpContactResponse } from "./get-help-contact.types";

/** Who may call: a signed-in citizen, for their own office (401 anonymous). */
export function registerGetHelpContact(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/contact",
    {
      schema: {
        tags: ["help"],
        summary: "The citizen's office (name, e-mail, address), their BHXH number and the hotline",
        response: { 200: helpContactResponse },
      },
    },
    async (request) => readHelpContact(context, await requireCitizen(request, context)),
  );
}

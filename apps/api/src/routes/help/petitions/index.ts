import { helpTextLimits } from "@ansinh/domain";
import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { dossierFormLimits } from "../../registrations/read-registration-form";
import type { RouteContext } from "../../route-context";
import { registerGetPetition } from "./get-petition";
import { registerGetPetitionPhoto } from "./get-petition-photo";
import { registerGetPetitions } from "./get-petitions";
import { registerPostPetition } from "./post-petition";
import { petitionShape } from "./post-petition.types";

/** "Phản ánh, kiến nghị" (issue 6), under /api/help/petitions: the citizen's own petitions. */
export async function registerPetitionRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  // Multipart is parsed only in this scope: one photo and the content.
  await app.register(multipart, {
    limits: dossierFormLimits(petitionShape, helpTextLimits.petition),
    throwFileSizeLimit: false,
  });
  registerPostPetition(app, options.context);
  registerGetPetitions(app, options.context);
  registerGetPetition(app, options.context);
  registerGetPetitionPhoto(app, options.context);
}

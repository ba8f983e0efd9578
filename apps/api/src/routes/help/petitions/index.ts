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

/**
 * Multipart text fields are cut at this size without an error (read-registration-form.ts), so it is
 * sized well above the longest content a citizen may send — even typed with decomposed marks, five
 * bytes a letter — so that a cut one is always too long and refused, never silently shortened.
 */
const FIELD_BYTES = 8 * helpTextLimits.petition + 1024;

/** "Phản ánh, kiến nghị" (issue 6), under /api/help/petitions: the citizen's own petitions. */
export async function registerPetitionRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  // Multipart is parsed only in this scope, with the dossier form's limits but room for the content.
  await app.register(multipart, {
    limits: { ...dossierFormLimits(petitionShape), fieldSize: FIELD_BYTES },
    throwFileSizeLimit: false,
  });
  registerPostPetition(app, options.context);
  registerGetPetitions(app, options.context);
  registerGetPetition(app, options.context);
  registerGetPetitionPhoto(app, options.context);
}

import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../../route-context";
import { registerGetDossier } from "./get-dossier";
import { registerGetDossierDocument } from "./get-dossier-document";
import { registerGetDossiers } from "./get-dossiers";
import { registerPostDossierApprove } from "./post-dossier-approve";
import { registerPostDossierReject } from "./post-dossier-reject";

/** Account dossier review (issue 3): the office queue, the dossier page, its photos and the decision. */
export function registerDossierRoutes(app: FastifyInstance, context: RouteContext) {
  registerGetDossiers(app, context);
  registerGetDossier(app, context);
  registerGetDossierDocument(app, context);
  registerPostDossierApprove(app, context);
  registerPostDossierReject(app, context);
}

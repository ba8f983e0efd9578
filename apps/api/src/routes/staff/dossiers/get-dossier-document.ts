import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { sendImage } from "../../../uploads/send-image";
import { readDossierDocument } from "../../../use-cases/dossiers/read-dossier-document";
import type { RouteContext } from "../../route-context";
import { dossierDocumentParams } from "./dossier-params.types";

/**
 * Who may call: a signed-in reviewer, support agent or admin of the dossier's own office, for a
 * document linked to that dossier (401 anonymous, 403 data officer, 404 otherwise). Every read is
 * written to the person's access log; the image is never cached.
 */
export function registerGetDossierDocument(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/dossiers/:id/documents/:documentId",
    {
      schema: {
        tags: ["staff", "dossiers"],
        summary: "A photo of a dossier (ID card, birth certificate, portrait), decrypted",
        params: dossierDocumentParams,
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(request, context);
      const image = await readDossierDocument(context, staff, {
        dossierId: request.params.id,
        documentId: request.params.documentId,
        requestId: request.id,
      });
      return sendImage(reply, image);
    },
  );
}

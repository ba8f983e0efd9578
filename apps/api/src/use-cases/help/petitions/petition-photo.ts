import { DocumentNotFoundError } from "@ansinh/db";
import type { RouteContext } from "../../../routes/route-context";
import { photoNotFound } from "./petition-errors";

/**
 * A petition's photo, decrypted. The store seals the owner into the file, so a row pointing at another
 * person's file is a fault, never something to show.
 */
export async function readPetitionPhoto(
  context: Pick<RouteContext, "documents">,
  petition: { personId: string; photoDocumentId: string | null },
): Promise<{ data: Buffer; mime: string }> {
  if (!petition.photoDocumentId) throw photoNotFound();
  const documentId = petition.photoDocumentId;
  const content = await context.documents.get(documentId).catch((error: unknown) => {
    if (error instanceof DocumentNotFoundError) throw photoNotFound();
    throw error;
  });
  if (content.owner.personId !== petition.personId) {
    throw new Error(`Document ${documentId} is sealed for another person than its petition names`);
  }
  // Photos are stored re-encoded as JPEG (sanitizeImage); anything else is never sent under its own type.
  return {
    data: content.data,
    mime: content.mime === "image/jpeg" ? content.mime : "application/octet-stream",
  };
}

import type { RouteContext } from "../../../routes/route-context";
import { readSealedDocument, type StoredImage } from "../../../uploads/read-sealed-document";
import { photoNotFound } from "./petition-errors";

/** A petition's photo, decrypted (404 for a petition without one). */
export function readPetitionPhoto(
  context: Pick<RouteContext, "documents">,
  petition: { personId: string; photoDocumentId: string | null },
): Promise<StoredImage> {
  const { personId, photoDocumentId } = petition;
  if (!photoDocumentId) throw photoNotFound();
  return readSealedDocument(context.documents, { personId, documentId: photoDocumentId }, photoNotFound);
}

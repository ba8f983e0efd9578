import { DocumentNotFoundError, type DocumentStore } from "@ansinh/db";
import type { AppError } from "../errors/app-error";

/** An uploaded image, decrypted, with the type it may be sent under. */
export interface StoredImage {
  data: Buffer;
  mime: string;
}

// Uploads are re-encoded images (sanitizeImage); anything else is never sent under its own type.
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/**
 * The stored file a row points at, for the person the row names. A file gone from the store is
 * `notFound()`, the same 404 as a row that does not exist. The store seals the owner into the file,
 * so a row pointing at another person's file is a fault, never something to show.
 */
export async function readSealedDocument(
  documents: DocumentStore,
  row: { personId: string; documentId: string },
  notFound: () => AppError,
): Promise<StoredImage> {
  const content = await documents.get(row.documentId).catch((error: unknown) => {
    if (error instanceof DocumentNotFoundError) throw notFound();
    throw error;
  });
  if (content.owner.personId !== row.personId) {
    throw new Error(`Document ${row.documentId} is sealed for another person than its row names`);
  }
  return {
    data: content.data,
    mime: IMAGE_TYPES.has(content.mime) ? content.mime : "application/octet-stream",
  };
}

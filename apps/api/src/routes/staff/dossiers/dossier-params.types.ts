import { z } from "zod";

const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

const uuid = (vi: string, en: string) => z.uuid(bilingual(vi, en));

export const dossierParams = z.object({
  id: uuid("Mã hồ sơ không hợp lệ", "The dossier id is not valid"),
});

export const dossierDocumentParams = dossierParams.extend({
  documentId: uuid("Mã ảnh không hợp lệ", "The document id is not valid"),
});

/** Where the console loads a dossier's photo from. */
export const documentUrl = (dossierId: string, documentId: string) =>
  `/api/staff/dossiers/${dossierId}/documents/${documentId}`;

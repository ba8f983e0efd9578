import {
  DocumentNotFoundError,
  findOfficeDossierDocument,
  logStaffAccess,
  type StaffProfile,
} from "@ansinh/db";
import { DOSSIER_READERS, requireRole } from "../../auth/staff-roles";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { accessPurpose } from "./dossier-errors";

const documentNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy ảnh này trong hồ sơ của cơ quan bạn.",
    en: "This image is not among your office's dossiers.",
  });

// Uploads are re-encoded images; anything else is never sent under its own type.
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/**
 * A photo of a dossier, decrypted: only a document linked to that dossier, only for readers of the
 * dossier's own office (404 otherwise, as for a dossier that does not exist). Each read is logged.
 */
export async function readDossierDocument(
  context: RouteContext,
  staff: StaffProfile,
  input: { dossierId: string; documentId: string; requestId: string },
): Promise<{ data: Buffer; mime: string }> {
  requireRole(staff, DOSSIER_READERS);
  const row = await findOfficeDossierDocument(context.db, { ...input, officeCode: staff.officeCode });
  if (!row) throw documentNotFound();
  const content = await context.documents.get(row.documentId).catch((error: unknown) => {
    if (error instanceof DocumentNotFoundError) throw documentNotFound();
    throw error;
  });
  // The store seals the owner into the file: a row pointing at another person's file is a fault.
  if (content.owner.personId !== row.personId) {
    throw new Error(`Document ${row.documentId} is sealed for another person than its row names`);
  }
  await logStaffAccess(context.db, {
    personId: row.personId,
    staffId: staff.id,
    officeCode: staff.officeCode,
    what: `document:${row.kind}`,
    why: accessPurpose(row.dossierNumber, staff.role),
    requestId: input.requestId,
  });
  return {
    data: content.data,
    mime: IMAGE_TYPES.has(content.mime) ? content.mime : "application/octet-stream",
  };
}

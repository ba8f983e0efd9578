import { findOfficeDossierDocument, logStaffAccess, type StaffProfile } from "@ansinh/db";
import { DOSSIER_READERS, requireRole } from "../../auth/staff-roles";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { readSealedDocument, type StoredImage } from "../../uploads/read-sealed-document";
import { accessPurpose } from "./dossier-errors";

const documentNotFound = () =>
  new AppError("not_found", {
    vi: "Không tìm thấy ảnh này trong hồ sơ của cơ quan bạn.",
    en: "This image is not among your office's dossiers.",
  });

/**
 * A photo of a dossier, decrypted: only a document linked to that dossier, only for readers of the
 * dossier's own office (404 otherwise, as for a dossier that does not exist). Each read is logged.
 */
export async function readDossierDocument(
  context: RouteContext,
  staff: StaffProfile,
  input: { dossierId: string; documentId: string; requestId: string },
): Promise<StoredImage> {
  requireRole(staff, DOSSIER_READERS);
  const row = await findOfficeDossierDocument(context.db, { ...input, officeCode: staff.officeCode });
  if (!row) throw documentNotFound();
  const image = await readSealedDocument(context.documents, row, documentNotFound);
  await logStaffAccess(context.db, {
    personId: row.personId,
    staffId: staff.id,
    officeCode: staff.officeCode,
    what: `document:${row.kind}`,
    why: accessPurpose(row.dossierNumber, staff.role),
    requestId: input.requestId,
  });
  return image;
}

import {
  type CitizenProfile,
  findOfficeMessageImage,
  findOwnMessageImage,
  logStaffAccess,
  type StaffProfile,
} from "@ansinh/db";
import { HELP_AGENTS, requireRole } from "../../../auth/staff-roles";
import type { RouteContext } from "../../../routes/route-context";
import { readSealedDocument, type StoredImage } from "../../../uploads/read-sealed-document";
import { imageNotFound } from "./chat-errors";

/** A picture of one of the citizen's own messages or of the staff's answers to them (404 otherwise). */
export async function readOwnChatImage(
  context: Pick<RouteContext, "db" | "documents">,
  citizen: Pick<CitizenProfile, "personId">,
  messageId: string,
): Promise<StoredImage> {
  const row = await findOwnMessageImage(context.db, citizen.personId, messageId);
  if (!row) throw imageNotFound();
  return readSealedDocument(context.documents, row, imageNotFound);
}

/** A picture of a conversation of the caller's office (404 otherwise); each read is logged. */
export async function readOfficeChatImage(
  context: Pick<RouteContext, "db" | "documents">,
  staff: StaffProfile,
  input: { conversationId: string; messageId: string; requestId: string },
): Promise<StoredImage> {
  requireRole(staff, HELP_AGENTS);
  const row = await findOfficeMessageImage(context.db, { ...input, officeCode: staff.officeCode });
  if (!row) throw imageNotFound();
  const image = await readSealedDocument(context.documents, row, imageNotFound);
  await logStaffAccess(context.db, {
    personId: row.personId,
    staffId: staff.id,
    officeCode: staff.officeCode,
    what: "document:chat_image",
    why: `Trả lời trò chuyện hỗ trợ ${row.number}`,
    requestId: input.requestId,
  });
  return image;
}

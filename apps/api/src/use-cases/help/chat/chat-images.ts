import {
  type CitizenProfile,
  DocumentNotFoundError,
  findOfficeMessageImage,
  findOwnMessageImage,
  logStaffAccess,
  type StaffProfile,
} from "@ansinh/db";
import { HELP_AGENTS, requireRole } from "../../../auth/staff-roles";
import type { RouteContext } from "../../../routes/route-context";
import { imageNotFound } from "./chat-errors";

/** A chat picture, decrypted; always a JPEG (sanitizeImage re-encodes every upload). */
interface ChatImage {
  data: Buffer;
  mime: "image/jpeg";
}

async function readImage(
  context: Pick<RouteContext, "documents">,
  row: { personId: string; documentId: string },
): Promise<ChatImage> {
  const content = await context.documents.get(row.documentId).catch((error: unknown) => {
    if (error instanceof DocumentNotFoundError) throw imageNotFound();
    throw error;
  });
  // The store seals the owner into the file: a row pointing at another person's file is a fault.
  if (content.owner.personId !== row.personId) {
    throw new Error(`Document ${row.documentId} is sealed for another person than its row names`);
  }
  return { data: content.data, mime: "image/jpeg" };
}

/** A picture of one of the citizen's own messages or of the staff's answers to them (404 otherwise). */
export async function readOwnChatImage(
  context: Pick<RouteContext, "db" | "documents">,
  citizen: Pick<CitizenProfile, "personId">,
  messageId: string,
): Promise<ChatImage> {
  const row = await findOwnMessageImage(context.db, citizen.personId, messageId);
  if (!row) throw imageNotFound();
  return readImage(context, row);
}

/** A picture of a conversation of the caller's office (404 otherwise); each read is logged. */
export async function readOfficeChatImage(
  context: Pick<RouteContext, "db" | "documents">,
  staff: StaffProfile,
  input: { conversationId: string; messageId: string; requestId: string },
): Promise<ChatImage> {
  requireRole(staff, HELP_AGENTS);
  const row = await findOfficeMessageImage(context.db, { ...input, officeCode: staff.officeCode });
  if (!row) throw imageNotFound();
  const image = await readImage(context, row);
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

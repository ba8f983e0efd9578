import {
  assignConversation,
  closeConversation,
  findHelpDeskPerson,
  findOfficeConversation,
  type HelpAgent,
  type HelpConversation,
  type HelpInboxItem,
  isOfficeStaffInRoles,
  listHelpAgents,
  listOfficeConversations,
  logStaffAccess,
  markConversationRead,
  markStaffSeen,
  type SqlRunner,
  type StaffProfile,
} from "@ansinh/db";
import { maskPersonName } from "@ansinh/domain";
import { HELP_AGENTS, requireRole } from "../../../auth/staff-roles";
import { announceChatChange } from "../../../help/chat-events";
import type { RouteContext } from "../../../routes/route-context";
import { previewText } from "../text-preview";
import { assigneeNotAgent, officeConversationNotFound } from "./chat-errors";
import { type ChatThread, readThread } from "./chat-thread";
import { onlineSince } from "./help-presence";

export const INBOX_PAGE_SIZE = 20;

export interface InboxEntry extends Omit<HelpInboxItem, "fullName" | "lastBody" | "lastHasImage"> {
  /** The inbox may be on a screen others see: names are masked until the conversation is opened. */
  maskedName: string;
  /** The last message on one line, numbers masked; "[Ảnh]" for a picture alone. */
  lastMessagePreview: string;
}

/** The office's conversations (help agents of the office only), the latest message first. */
export async function listOfficeChats(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  query: { status: "open" | "closed"; assigned: "all" | "me" | "none"; page: number },
): Promise<{ items: InboxEntry[]; total: number }> {
  requireRole(staff, HELP_AGENTS);
  const page = await listOfficeConversations(context.db, {
    officeCode: staff.officeCode,
    staffId: staff.id,
    status: query.status,
    assigned: query.assigned,
    limit: INBOX_PAGE_SIZE,
    offset: (query.page - 1) * INBOX_PAGE_SIZE,
  });
  return {
    total: page.total,
    items: page.items.map(({ fullName, lastBody, lastHasImage, ...item }) => ({
      ...item,
      maskedName: maskPersonName(fullName),
      lastMessagePreview: lastBody === null ? (lastHasImage ? "[Ảnh]" : "") : previewText(lastBody),
    })),
  };
}

export interface OfficeChat extends ChatThread {
  person: { name: string; bhxhNumber: string };
}

/**
 * A conversation of the caller's office when staff open it, with the person it is with (404 for
 * another office's). The view goes to the person's access log, as every staff read of their data does.
 */
export async function viewOfficeChat(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  input: { id: string; requestId: string },
): Promise<OfficeChat> {
  const chat = await officeChatNow(context, staff, input.id);
  const { personId, number } = chat.conversation;
  await logStaffAccess(context.db, {
    personId,
    staffId: staff.id,
    officeCode: staff.officeCode,
    what: "help_conversation",
    why: `Trả lời trò chuyện hỗ trợ ${number}`,
    requestId: input.requestId,
  });
  return chat;
}

/**
 * The conversation as it is after an action on it, not logged: staff act on what they opened (that
 * read was logged), and a console refetching after every change must not fill the citizen's access
 * log with rows for one look.
 */
export async function officeChatNow(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  id: string,
): Promise<OfficeChat> {
  requireRole(staff, HELP_AGENTS);
  const found = await findOfficeConversation(context.db, id, staff.officeCode);
  if (!found) throw officeConversationNotFound();
  const [thread, person] = await Promise.all([
    readThread(context.db, found),
    findHelpDeskPerson(context.db, found.personId),
  ]);
  if (!person) throw officeConversationNotFound();
  return { ...thread, person: { name: person.fullName, bhxhNumber: person.bhxhNumber } };
}

/** Staff have read the citizen's messages. */
export function markOfficeChatRead(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  input: { id: string },
): Promise<OfficeChat> {
  return changeOfficeChat(context, staff, input, (tx, c) => markConversationRead(tx, c, "staff"));
}

/** Staff end the conversation; closing an ended one changes nothing. */
export function closeOfficeChat(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  input: { id: string },
): Promise<OfficeChat> {
  return changeOfficeChat(context, staff, input, closeConversation);
}

/** Gives the conversation to a help agent of the office, or to no one (400 on body.staffId otherwise). */
export async function assignOfficeChat(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  input: { id: string; staffId: string | null },
): Promise<OfficeChat> {
  requireRole(staff, HELP_AGENTS);
  // The conversation first: another office's gets its 404 before anything about the assignee is said.
  if (!(await findOfficeConversation(context.db, input.id, staff.officeCode)))
    throw officeConversationNotFound();
  const { staffId } = input;
  if (staffId && !(await isOfficeStaffInRoles(context.db, staffId, staff.officeCode, HELP_AGENTS))) {
    throw assigneeNotAgent();
  }
  return changeOfficeChat(context, staff, input, async (tx, c) => {
    if ((c.assignedStaff?.id ?? null) === staffId) return false;
    await assignConversation(tx, c, staffId);
    return true;
  });
}

async function changeOfficeChat(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  input: { id: string },
  change: (tx: SqlRunner, conversation: HelpConversation) => Promise<boolean>,
): Promise<OfficeChat> {
  requireRole(staff, HELP_AGENTS);
  await context.db.transaction(async (tx) => {
    const conversation = await findOfficeConversation(tx, input.id, staff.officeCode, { lock: true });
    if (!conversation) throw officeConversationNotFound();
    if (await change(tx, conversation)) await announceChatChange(tx, conversation);
  });
  return officeChatNow(context, staff, input.id);
}

/** The help agents of the caller's office, each with whether they have an inbox open now. */
export function listOfficeAgents(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  now = new Date(),
): Promise<HelpAgent[]> {
  requireRole(staff, HELP_AGENTS);
  return listHelpAgents(context.db, staff.officeCode, HELP_AGENTS, onlineSince(now));
}

/** The caller's inbox stream is open: they count as online to answer (help agents only). */
export function markAgentOnline(context: Pick<RouteContext, "db">, staff: StaffProfile, now = new Date()) {
  requireRole(staff, HELP_AGENTS);
  return markStaffSeen(context.db, staff, now);
}

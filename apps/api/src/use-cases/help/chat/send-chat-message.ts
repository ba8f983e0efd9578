import {
  type CitizenProfile,
  type ConversationKey,
  findHelpMessageByClientKey,
  findLastCitizenMessageId,
  findOfficeConversation,
  type HelpConversation,
  insertConversation,
  insertDocument,
  insertHelpMessage,
  lockOpenConversation,
  recordHelpMessage,
  type SqlRunner,
  type StaffProfile,
  uuidv7,
} from "@ansinh/db";
import { HELP_AGENTS, requireRole } from "../../../auth/staff-roles";
import { announceChatChange } from "../../../help/chat-events";
import type { RouteContext } from "../../../routes/route-context";
import { enqueueSms } from "../../../sms/enqueue-sms";
import { withFreshNumber } from "../../numbers/fresh-number";
import { helpDeskOf } from "../help-desk";
import { checkChatMessageLimit } from "../help-limits";
import { conversationClosed, officeConversationNotFound } from "./chat-errors";
import {
  type ChatMessageForm,
  type ChatMessageInput,
  clientKeyOf,
  parseChatMessage,
} from "./chat-message-form";
import { type ChatThread, readThread } from "./chat-thread";
import { isHelpDeskOnline } from "./help-presence";
import { type OfficeChat, officeChatNow } from "./office-chat";

type Context = Pick<RouteContext, "db" | "documents">;

/**
 * The citizen writes to their office. The first message opens a conversation — a ticket when no one
 * of the office is online to answer. The client key makes it idempotent: the same key again (a retry
 * over a weak network) answers with the conversation the first one went to, storing nothing more.
 */
export async function sendCitizenMessage(
  context: Context,
  citizen: Pick<CitizenProfile, "personId">,
  form: ChatMessageForm,
  now = new Date(),
): Promise<ChatThread> {
  const { personId } = citizen;
  const earlier = await earlierMessage(context.db, personId, form);
  if (earlier) return readThread(context.db, { personId, id: earlier.conversationId });
  // Before the picture is decoded: that is the work a flood would make the server do.
  await checkChatMessageLimit(context.db, personId, now);
  const input = await parseChatMessage(form);
  const key = await storeMessage(context, personId, input, async (tx) => {
    const open = await lockOpenConversation(tx, personId);
    return open ?? openConversation(tx, personId, now);
  });
  return readThread(context.db, key);
}

async function openConversation(tx: SqlRunner, personId: string, now: Date): Promise<HelpConversation> {
  const desk = await helpDeskOf(tx, personId);
  const ticket = !(await isHelpDeskOnline(tx, desk.officeCode, now));
  return withFreshNumber("HT", now, async (number) => {
    const id = uuidv7();
    await insertConversation(tx, { personId, id, number, officeCode: desk.officeCode, ticket });
    // Not inserted: another request of the same person opened one first (then it is joined), or the
    // number was taken (then another is drawn).
    return (await lockOpenConversation(tx, personId)) ?? "number_taken";
  });
}

/**
 * A staff member of the conversation's office answers (support and admins; 404 for another office's,
 * 409 when it has ended). An unassigned conversation becomes the sender's. A ticket's citizen is told
 * by SMS that an answer waits in the app — once per citizen message answered, not once per reply.
 */
export async function sendStaffMessage(
  context: Context,
  staff: StaffProfile,
  input: { id: string; form: ChatMessageForm },
): Promise<OfficeChat> {
  requireRole(staff, HELP_AGENTS);
  const found = await findOfficeConversation(context.db, input.id, staff.officeCode);
  if (!found) throw officeConversationNotFound();
  const earlier = await earlierMessage(context.db, found.personId, input.form);
  if (!earlier) {
    if (found.status === "closed") throw conversationClosed(found.number);
    const message = await parseChatMessage(input.form);
    await storeMessage(
      context,
      found.personId,
      message,
      async (tx) => {
        const conversation = await findOfficeConversation(tx, input.id, staff.officeCode, { lock: true });
        if (!conversation) throw officeConversationNotFound();
        if (conversation.status === "closed") throw conversationClosed(conversation.number);
        return conversation;
      },
      { staffId: staff.id },
    );
  }
  return officeChatNow(context, staff, input.id);
}

function earlierMessage(db: SqlRunner, personId: string, form: ChatMessageForm) {
  const clientKey = clientKeyOf(form);
  return clientKey ? findHelpMessageByClientKey(db, personId, clientKey) : undefined;
}

/**
 * Puts the picture in the document store, then writes the message and what it changes in one
 * transaction, announced at its commit. If the transaction fails, or a twin request with the same key
 * stored its message first, the stored picture is removed again.
 */
async function storeMessage(
  context: Context,
  personId: string,
  input: ChatMessageInput,
  conversationFor: (tx: SqlRunner) => Promise<HelpConversation>,
  sender: { staffId: string } | null = null,
): Promise<ConversationKey> {
  const stored = input.image ? await context.documents.put({ personId }, input.image, "image/jpeg") : null;
  const discard = () => (stored ? context.documents.delete(stored.id).catch(() => {}) : Promise.resolve());
  try {
    const outcome = await context.db.transaction(async (tx) => {
      const conversation = await conversationFor(tx);
      if (stored) {
        await insertDocument(tx, { ...stored, personId, kind: "chat_image", mime: "image/jpeg" });
      }
      const inserted = await insertHelpMessage(tx, {
        id: uuidv7(),
        personId,
        conversationId: conversation.id,
        author: sender ? "staff" : "citizen",
        staffId: sender?.staffId ?? null,
        body: input.body,
        imageDocumentId: stored?.id ?? null,
        clientKey: input.clientKey,
      });
      if (!inserted) {
        const twin = await findHelpMessageByClientKey(tx, personId, input.clientKey);
        if (!twin) throw new Error(`Message key ${input.clientKey} neither inserted nor found`);
        // Rolled back, so the document row goes too; the stored file is removed below.
        throw new TwinStored({ personId, id: twin.conversationId });
      }
      await recordHelpMessage(
        tx,
        conversation,
        sender ? { author: "staff", staffId: sender.staffId } : { author: "citizen" },
      );
      if (sender && conversation.ticket) await tellTicketAnswered(tx, conversation);
      await announceChatChange(tx, conversation);
      return { personId, id: conversation.id };
    });
    return outcome;
  } catch (error) {
    await discard();
    if (error instanceof TwinStored) return error.key;
    throw error;
  }
}

/** A double tap's twin stored the message first: its conversation is the answer. */
class TwinStored extends Error {
  constructor(readonly key: ConversationKey) {
    super("The same message was stored by another request");
  }
}

/**
 * The citizen opened a ticket while no one was online, so they may not be looking at the app: an SMS
 * says an answer is waiting. Keyed by the citizen message answered, so a burst of staff replies sends
 * one SMS, and the citizen's next message makes the next answer worth one again.
 */
async function tellTicketAnswered(tx: SqlRunner, conversation: HelpConversation): Promise<void> {
  const desk = await helpDeskOf(tx, conversation.personId);
  if (!desk.phone) return;
  const answered = (await findLastCitizenMessageId(tx, conversation)) ?? "none";
  await enqueueSms(tx, {
    to: desk.phone,
    text: `BHXH Việt Nam: cán bộ đã trả lời yêu cầu hỗ trợ ${conversation.number} của bạn. Mở ứng dụng, mục Trợ giúp để xem.`,
    dedupeKey: `help-chat-answer:${conversation.id}:${answered}`,
  });
}

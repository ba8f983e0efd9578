import {
  type PetitionCategory,
  type PetitionStatus,
  petitionCategoryCodes,
  petitionStatuses,
} from "@ansinh/domain";
import { type ChatMessage, type Locale, readChatMessage } from "@ansinh/ui";
import { type ApiReply, postForm, postJson } from "../account/api-reply";
import { type Fields, fieldsOf, listOf, text } from "../services/services-api";

/**
 * The "Trợ giúp" API (issue 6) as the citizen app reads it: its paths, the shapes of its answers and
 * their readers. Like the services readers, they check each answer's outline (another shape shows
 * "could not be done", never a half-drawn page) and trust the server for the rest.
 */

export const helpApi = {
  contact: "/api/help/contact",
  chat: "/api/help/chat",
  chatMessages: "/api/help/chat/messages",
  chatRead: "/api/help/chat/read",
  chatClose: "/api/help/chat/close",
  chatStream: "/api/help/chat/stream",
  petitions: "/api/help/petitions",
  petition: (id: string) => `/api/help/petitions/${encodeURIComponent(id)}`,
} as const;

/** GET /api/help/contact: where the person's e-mail goes. */
export interface HelpContact {
  office: { code: string; name: string; email: string | null; address: string | null };
  bhxhNumber: string;
  hotline: string;
}

export interface Conversation {
  id: string;
  number: string;
  status: "open" | "closed";
  /** Opened while no one of the office was online: answered later, with an SMS. */
  ticket: boolean;
  createdAt: string;
  closedAt: string | null;
  unread: number;
  agentName: string | null;
  messages: ChatMessage[];
}

/** GET /api/help/chat: the open conversation (or else the last closed one), and whether staff are online. */
export interface ChatState {
  conversation: Conversation | null;
  staffOnline: boolean;
}

interface PetitionSummary {
  id: string;
  number: string;
  category: PetitionCategory;
  status: PetitionStatus;
  createdAt: string;
  repliedAt: string | null;
}

export interface PetitionView extends PetitionSummary {
  content: string;
  photoUrl: string | null;
  reply: string | null;
  officeName: string | null;
}

// Reading -------------------------------------------------------------------------------------------

export function readContact(body: unknown): HelpContact | null {
  const fields = fieldsOf(body);
  const office = fields && fieldsOf(fields.office);
  const name = office && text(office.name);
  const bhxhNumber = fields && text(fields.bhxhNumber);
  if (!fields || !office || !name || !bhxhNumber) return null;
  return {
    office: { code: text(office.code) ?? "", name, email: text(office.email), address: text(office.address) },
    bhxhNumber,
    hotline: text(fields.hotline) ?? "1900 9068",
  };
}

function readConversationFields(fields: Fields | null): Conversation | null {
  const id = fields && text(fields.id);
  const number = fields && text(fields.number);
  const messages = fields && listOf(fields.messages, readChatMessage);
  if (!fields || !id || !number || !messages) return null;
  return {
    id,
    number,
    status: fields.status === "closed" ? "closed" : "open",
    ticket: fields.ticket === true,
    createdAt: text(fields.createdAt) ?? "",
    closedAt: text(fields.closedAt),
    unread: typeof fields.unread === "number" && fields.unread > 0 ? fields.unread : 0,
    agentName: text(fields.agentName),
    messages,
  };
}

/** `{ conversation }`, as sending, reading and closing answer. */
export function readConversation(body: unknown): Conversation | null {
  return readConversationFields(fieldsOf(fieldsOf(body)?.conversation));
}

export function readChat(body: unknown): ChatState | null {
  const fields = fieldsOf(body);
  if (!fields || !("conversation" in fields)) return null;
  const conversation = fields.conversation === null ? null : readConversation(body);
  if (fields.conversation !== null && conversation === null) return null;
  return { conversation, staffOnline: fields.staffOnline === true };
}

function categoryOf(value: unknown): PetitionCategory | null {
  return petitionCategoryCodes.find((code) => code === value) ?? null;
}

function statusOf(value: unknown): PetitionStatus | null {
  return petitionStatuses.find((status) => status === value) ?? null;
}

function readPetitionSummary(fields: Fields): PetitionSummary | null {
  const id = text(fields.id);
  const number = text(fields.number);
  const category = categoryOf(fields.category);
  const status = statusOf(fields.status);
  if (!id || !number || !category || !status) return null;
  return {
    id,
    number,
    category,
    status,
    createdAt: text(fields.createdAt) ?? "",
    repliedAt: text(fields.repliedAt),
  };
}

export function readPetitionList(body: unknown): PetitionSummary[] | null {
  return listOf(fieldsOf(body)?.items, readPetitionSummary);
}

/** `{ petition }`, as the detail and the sending answer. */
export function readPetition(body: unknown): PetitionView | null {
  const fields = fieldsOf(fieldsOf(body)?.petition);
  const summary = fields && readPetitionSummary(fields);
  const content = fields && text(fields.content);
  if (!fields || !summary || !content) return null;
  return {
    ...summary,
    content,
    photoUrl: text(fields.photoUrl),
    reply: text(fields.reply),
    officeName: text(fields.officeName),
  };
}

// Sending -------------------------------------------------------------------------------------------

/** A chat message; the same clientKey for every attempt of one message, so a retry posts it once. */
export function sendChatMessage(
  message: { clientKey: string; body: string; image: Blob | null },
  locale: Locale,
): Promise<ApiReply> {
  const form = new FormData();
  form.set("clientKey", message.clientKey);
  if (message.body !== "") form.set("body", message.body);
  // Files last: a server that streams the body reads the small fields before the picture.
  if (message.image) form.set("image", message.image, "image.jpg");
  return postForm(helpApi.chatMessages, form, locale);
}

export function markChatRead(locale: Locale): Promise<ApiReply> {
  return postJson(helpApi.chatRead, {}, locale);
}

export function closeChat(locale: Locale): Promise<ApiReply> {
  return postJson(helpApi.chatClose, {}, locale);
}

/** A petition; the same submissionKey for every attempt of one form, so a double tap files one. */
export function sendPetition(
  petition: { submissionKey: string; category: string; content: string; photo: Blob | null },
  locale: Locale,
): Promise<ApiReply> {
  const form = new FormData();
  form.set("submissionKey", petition.submissionKey);
  form.set("category", petition.category);
  form.set("content", petition.content);
  if (petition.photo) form.set("photo", petition.photo, "photo.jpg");
  return postForm(helpApi.petitions, form, locale);
}

import {
  type ConversationStatus,
  conversationStatuses,
  type PetitionCategory,
  type PetitionStatus,
  petitionCategoryCodes,
  petitionStatuses,
} from "@ansinh/domain";
import { type ChatMessage, type OutgoingMessage, readChatMessage } from "@ansinh/ui";
import { type ApiResult, callStaffApi, parsed } from "../dossiers/dossier-api";
import { record, type StaffRef, staffRef, str } from "../service-requests/requests-api";
import type { InboxFilters, PetitionFilters } from "./help-search";

/**
 * The console's side of the help desk (issue 6): the office's chats with citizens
 * (/api/staff/help) and the petitions they send (/api/staff/petitions). The server decides who sees
 * what: a chat or petition of another office is "not found" here too, and roles other than support
 * and admin are refused. Bodies of an unexpected shape are failures, never shown in part.
 */

export interface InboxItem {
  id: string;
  number: string;
  status: ConversationStatus;
  /** Opened while nobody of the office was online: the citizen waits for an answer by SMS. */
  ticket: boolean;
  /** Masked by the server ("Nguyễn V** A*"). */
  personName: string;
  lastMessageAt: string | null;
  lastMessagePreview: string;
  staffUnread: number;
  assignedStaff: StaffRef | null;
}

/** One page of a list, as the help desk's lists send it. */
export interface Paged<Item> {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
}

export interface StaffConversation {
  id: string;
  number: string;
  status: ConversationStatus;
  ticket: boolean;
  createdAt: string;
  closedAt: string | null;
  staffUnread: number;
  /** The full name: opening a conversation is logged by the server. */
  person: { name: string; bhxhNumber: string | null };
  assignedStaff: StaffRef | null;
  /** Oldest first. */
  messages: ChatMessage[];
}

export interface HelpAgent {
  id: string;
  name: string;
  role: string;
  online: boolean;
}

export interface PetitionItem {
  id: string;
  number: string;
  category: PetitionCategory | string;
  status: PetitionStatus;
  createdAt: string;
  personName: string;
  contentPreview: string;
  assignedStaff: StaffRef | null;
}

export interface PetitionDetail {
  id: string;
  number: string;
  category: PetitionCategory | string;
  status: PetitionStatus;
  content: string;
  createdAt: string;
  photoUrl: string | null;
  reply: string | null;
  repliedAt: string | null;
  repliedByName: string | null;
  officeName: string | null;
  person: { name: string; bhxhNumber: string | null } | null;
  assignedStaff: StaffRef | null;
}

const chatBase = "/api/staff/help/chat";
const petitionBase = "/api/staff/petitions";

/** The live stream of the office's chats; holding it open also marks the agent online. */
export const helpStreamUrl = "/api/staff/help/stream";

function withQuery(path: string, query: URLSearchParams): string {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function fetchInbox(filters: InboxFilters): Promise<ApiResult<Paged<InboxItem>>> {
  const query = new URLSearchParams();
  if (filters.status !== "open") query.set("status", filters.status);
  if (filters.assigned !== "all") query.set("assigned", filters.assigned);
  if (filters.page > 1) query.set("page", String(filters.page));
  return parsed(await callStaffApi(withQuery(chatBase, query)), (body) => parsePaged(body, parseInboxItem));
}

const conversationPath = (id: string) => `${chatBase}/${encodeURIComponent(id)}`;

export async function fetchConversation(id: string): Promise<ApiResult<StaffConversation>> {
  return parsed(await callStaffApi(conversationPath(id)), parseConversationBody);
}

export async function sendStaffMessage(
  id: string,
  message: OutgoingMessage,
): Promise<ApiResult<StaffConversation>> {
  const form = new FormData();
  form.set("clientKey", message.clientKey);
  if (message.body.trim() !== "") form.set("body", message.body);
  if (message.image) form.set("image", message.image);
  return parsed(
    await callStaffApi(`${conversationPath(id)}/messages`, { method: "POST", body: form }),
    parseConversationBody,
  );
}

export async function markConversationRead(id: string): Promise<ApiResult<StaffConversation>> {
  return parsed(
    await callStaffApi(`${conversationPath(id)}/read`, { method: "POST" }),
    parseConversationBody,
  );
}

/** Hands the chat to an agent of the office, or to nobody (null). */
export async function assignConversation(
  id: string,
  staffId: string | null,
): Promise<ApiResult<StaffConversation>> {
  return parsed(
    await callStaffApi(`${conversationPath(id)}/assign`, {
      method: "POST",
      body: JSON.stringify({ staffId }),
    }),
    parseConversationBody,
  );
}

export async function closeConversation(id: string): Promise<ApiResult<StaffConversation>> {
  return parsed(
    await callStaffApi(`${conversationPath(id)}/close`, { method: "POST" }),
    parseConversationBody,
  );
}

export async function fetchHelpAgents(): Promise<ApiResult<HelpAgent[]>> {
  return parsed(await callStaffApi("/api/staff/help/agents"), parseAgents);
}

export async function fetchPetitions(filters: PetitionFilters): Promise<ApiResult<Paged<PetitionItem>>> {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.page > 1) query.set("page", String(filters.page));
  return parsed(await callStaffApi(withQuery(petitionBase, query)), (body) =>
    parsePaged(body, parsePetitionItem),
  );
}

const petitionPath = (id: string) => `${petitionBase}/${encodeURIComponent(id)}`;

export async function fetchPetition(id: string): Promise<ApiResult<PetitionDetail>> {
  return parsed(await callStaffApi(petitionPath(id)), parsePetitionBody);
}

/** "Nhận xử lý": the petition becomes the caller's, being looked into. */
export async function takePetition(id: string): Promise<ApiResult<PetitionDetail>> {
  return parsed(await callStaffApi(`${petitionPath(id)}/take`, { method: "POST" }), parsePetitionBody);
}

export async function answerPetition(id: string, reply: string): Promise<ApiResult<PetitionDetail>> {
  return parsed(
    await callStaffApi(`${petitionPath(id)}/answer`, { method: "POST", body: JSON.stringify({ reply }) }),
    parsePetitionBody,
  );
}

// Parsing --------------------------------------------------------------------------------------------

type Fields = Record<string, unknown>;

function count(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function parsePaged<Item>(body: unknown, parseItem: (row: Fields) => Item | null): Paged<Item> | null {
  const root = record(body);
  if (!root || !Array.isArray(root.items)) return null;
  const items: Item[] = [];
  for (const entry of root.items) {
    const row = record(entry);
    const item = row && parseItem(row);
    if (!item) return null;
    items.push(item);
  }
  return {
    items,
    total: count(root.total, items.length),
    page: count(root.page, 1),
    pageSize: count(root.pageSize, 20),
  };
}

function conversationStatusOf(value: unknown): ConversationStatus | null {
  return conversationStatuses.find((status) => status === value) ?? null;
}

function petitionStatusOf(value: unknown): PetitionStatus | null {
  return petitionStatuses.find((status) => status === value) ?? null;
}

/** A known category code, or the server's own code for a newer one (shown as sent). */
function categoryOf(value: unknown): PetitionCategory | string {
  return petitionCategoryCodes.find((code) => code === value) ?? str(value) ?? "";
}

function parseInboxItem(row: Fields): InboxItem | null {
  const id = str(row.id);
  const number = str(row.number);
  const status = conversationStatusOf(row.status);
  if (!id || !number || !status) return null;
  return {
    id,
    number,
    status,
    ticket: row.ticket === true,
    personName: str(row.personName) ?? "",
    lastMessageAt: str(row.lastMessageAt),
    lastMessagePreview: str(row.lastMessagePreview) ?? "",
    staffUnread: count(row.staffUnread, 0),
    assignedStaff: staffRef(row.assignedStaff),
  };
}

function parsePerson(value: unknown): { name: string; bhxhNumber: string | null } | null {
  const person = record(value);
  const name = str(person?.name) ?? str(person?.fullName);
  return name ? { name, bhxhNumber: str(person?.bhxhNumber) } : null;
}

function parseConversationBody(body: unknown): StaffConversation | null {
  const root = record(record(body)?.conversation);
  const id = str(root?.id);
  const number = str(root?.number);
  const status = conversationStatusOf(root?.status);
  if (!root || !id || !number || !status || !Array.isArray(root.messages)) return null;
  const messages: ChatMessage[] = [];
  for (const entry of root.messages) {
    const message = readChatMessage(entry);
    if (!message) return null;
    messages.push(message);
  }
  return {
    id,
    number,
    status,
    ticket: root.ticket === true,
    createdAt: str(root.createdAt) ?? "",
    closedAt: str(root.closedAt),
    staffUnread: count(root.staffUnread, 0),
    person: parsePerson(root.person) ?? { name: "", bhxhNumber: null },
    assignedStaff: staffRef(root.assignedStaff),
    messages,
  };
}

function parseAgents(body: unknown): HelpAgent[] | null {
  const items = record(body)?.items;
  if (!Array.isArray(items)) return null;
  return items.flatMap((entry) => {
    const agent = record(entry);
    const id = str(agent?.id);
    const name = str(agent?.name);
    return id && name ? [{ id, name, role: str(agent?.role) ?? "", online: agent?.online === true }] : [];
  });
}

function parsePetitionItem(row: Fields): PetitionItem | null {
  const id = str(row.id);
  const number = str(row.number);
  const status = petitionStatusOf(row.status);
  if (!id || !number || !status) return null;
  return {
    id,
    number,
    category: categoryOf(row.category),
    status,
    createdAt: str(row.createdAt) ?? "",
    personName: str(row.personName) ?? "",
    contentPreview: str(row.contentPreview) ?? "",
    assignedStaff: staffRef(row.assignedStaff),
  };
}

function parsePetitionBody(body: unknown): PetitionDetail | null {
  const root = record(record(body)?.petition);
  const id = str(root?.id);
  const number = str(root?.number);
  const status = petitionStatusOf(root?.status);
  if (!root || !id || !number || !status) return null;
  return {
    id,
    number,
    category: categoryOf(root.category),
    status,
    content: str(root.content) ?? "",
    createdAt: str(root.createdAt) ?? "",
    photoUrl: str(root.photoUrl),
    reply: str(root.reply),
    repliedAt: str(root.repliedAt),
    repliedByName: str(root.repliedByName),
    officeName: str(root.officeName),
    person: parsePerson(root.person),
    assignedStaff: staffRef(root.assignedStaff),
  };
}

import type { ConversationStatus, PetitionStatus } from "@ansinh/domain";
import {
  assignedSlugs,
  conversationStatusSlugs,
  inboxSearchKeys,
  petitionSearchKeys,
  petitionStatusSlugs,
} from "../paths";

/** Whose chats the inbox lists; "all" is the API's default. */
export type InboxAssigned = "all" | "me" | "none";

export interface InboxFilters {
  status: ConversationStatus;
  assigned: InboxAssigned;
  page: number;
}

export interface PetitionFilters {
  /** "" lists every status. */
  status: PetitionStatus | "";
  page: number;
}

/** The inbox's search as the router keeps it (every key optional). */
export type InboxSearch = Partial<
  Record<(typeof inboxSearchKeys)[keyof typeof inboxSearchKeys], string | number>
>;
export type PetitionSearch = Partial<
  Record<(typeof petitionSearchKeys)[keyof typeof petitionSearchKeys], string | number>
>;

/** The code whose slug the address holds, or undefined for anything else. */
function codeOfSlug<Code extends string>(slugs: Record<Code, string>, value: unknown): Code | undefined {
  return (Object.keys(slugs) as Code[]).find((code) => slugs[code] === value);
}

/** Page 1 unless the address holds a sane page number. */
function pageOf(value: unknown): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 && page < 10_000 ? page : 1;
}

/** The inbox filters an address asks for; anything unknown falls back to the open chats of everyone. */
export function inboxFiltersFromSearch(search: Record<string, unknown>): InboxFilters {
  return {
    status: codeOfSlug(conversationStatusSlugs, search[inboxSearchKeys.status]) ?? "open",
    assigned: codeOfSlug(assignedSlugs, search[inboxSearchKeys.assigned]) ?? "all",
    page: pageOf(search[inboxSearchKeys.page]),
  };
}

/** The address of the inbox filters: only what differs from the default. */
export function searchFromInboxFilters(filters: InboxFilters): InboxSearch {
  const search: InboxSearch = {};
  if (filters.status !== "open") search[inboxSearchKeys.status] = conversationStatusSlugs[filters.status];
  if (filters.assigned !== "all") search[inboxSearchKeys.assigned] = assignedSlugs[filters.assigned];
  if (filters.page > 1) search[inboxSearchKeys.page] = filters.page;
  return search;
}

export function petitionFiltersFromSearch(search: Record<string, unknown>): PetitionFilters {
  return {
    status: codeOfSlug(petitionStatusSlugs, search[petitionSearchKeys.status]) ?? "",
    page: pageOf(search[petitionSearchKeys.page]),
  };
}

export function searchFromPetitionFilters(filters: PetitionFilters): PetitionSearch {
  const search: PetitionSearch = {};
  if (filters.status) search[petitionSearchKeys.status] = petitionStatusSlugs[filters.status];
  if (filters.page > 1) search[petitionSearchKeys.page] = filters.page;
  return search;
}

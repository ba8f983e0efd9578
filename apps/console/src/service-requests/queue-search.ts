import { assignedSlugs, requestSearchKeys, requestStatusSlugs } from "../paths";
import type { AssignedFilter, QueueFilters, RequestStatus } from "./requests-api";

/** The queue's search in the address bar, as the router keeps it (every key optional). */
export type QueueSearch = Partial<
  Record<(typeof requestSearchKeys)[keyof typeof requestSearchKeys], string | number>
>;

const serviceCodePattern = /^[a-z][a-z0-9-]{0,40}$/;

/** The filters an address asks for; anything unknown is left out (the whole queue). */
export function filtersFromSearch(search: Record<string, unknown>): QueueFilters {
  const status = Object.entries(requestStatusSlugs).find(
    ([, slug]) => slug === search[requestSearchKeys.status],
  )?.[0] as RequestStatus | undefined;
  const assigned = Object.entries(assignedSlugs).find(
    ([, slug]) => slug === search[requestSearchKeys.assigned],
  )?.[0] as AssignedFilter | undefined;
  const service = search[requestSearchKeys.service];
  const page = Number(search[requestSearchKeys.page]);
  return {
    status: status ?? "",
    service: typeof service === "string" && serviceCodePattern.test(service) ? service : "",
    assigned: assigned ?? "any",
    overdue: search[requestSearchKeys.overdue] === "co",
    page: Number.isInteger(page) && page > 1 && page < 10_000 ? page : 1,
  };
}

/** The address of the filters: only what differs from the whole queue. */
export function searchFromFilters(filters: QueueFilters): QueueSearch {
  const search: QueueSearch = {};
  if (filters.status && filters.status !== "draft")
    search[requestSearchKeys.status] = requestStatusSlugs[filters.status];
  if (filters.service) search[requestSearchKeys.service] = filters.service;
  if (filters.assigned !== "any") search[requestSearchKeys.assigned] = assignedSlugs[filters.assigned];
  if (filters.overdue) search[requestSearchKeys.overdue] = "co";
  if (filters.page > 1) search[requestSearchKeys.page] = filters.page;
  return search;
}

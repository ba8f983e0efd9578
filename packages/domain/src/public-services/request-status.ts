/**
 * Where a public-service request stands: a draft the citizen may still change; sent; received by the
 * office; being processed; waiting for the citizen's answer; or closed, done or refused. One list for
 * the database's CHECK, the API's schemas and both web apps.
 */
export const requestStatuses = [
  "draft",
  "submitted",
  "received",
  "processing",
  "needs_info",
  "completed",
  "rejected",
] as const;

export type RequestStatus = (typeof requestStatuses)[number];

import { type ApiResult, callStaffApi, parsed } from "../dossiers/dossier-api";

/**
 * The console's side of GET /api/staff/sms (admins only). In the sandbox (file provider) the messages
 * themselves; with a real gateway only their delivery state, never a text.
 */
export interface SandboxSms {
  to: string;
  text: string;
  sentAt: string;
}

const deliveryStatuses = ["pending", "delivered", "failed"] as const;
type DeliveryStatus = (typeof deliveryStatuses)[number];

export interface SmsDelivery {
  id: string;
  /** Masked by the server: "096****777". */
  to: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export type SmsLogPage =
  | { provider: "file"; items: SandboxSms[]; nextCursor: string | null }
  | { provider: "http"; items: SmsDelivery[]; nextCursor: string | null };

const SMS_PAGE_SIZE = 50;

export async function fetchSmsLog(query: {
  phone?: string;
  cursor?: string;
}): Promise<ApiResult<SmsLogPage>> {
  const search = new URLSearchParams({ limit: String(SMS_PAGE_SIZE) });
  if (query.phone) search.set("phone", query.phone);
  if (query.cursor) search.set("cursor", query.cursor);
  return parsed(await callStaffApi(`/api/staff/sms?${search}`), parseSmsLog);
}

// Null for a body of another shape, which parsed() makes a failure rather than half a table.
function parseSmsLog(body: unknown): SmsLogPage | null {
  if (typeof body !== "object" || body === null) return null;
  const { provider, items, nextCursor } = body as Record<string, unknown>;
  if (!Array.isArray(items)) return null;
  const cursor = typeof nextCursor === "string" && nextCursor !== "" ? nextCursor : null;
  if (provider === "file") {
    const messages = items.filter(isSandboxSms);
    return messages.length === items.length ? { provider, items: messages, nextCursor: cursor } : null;
  }
  if (provider === "http") {
    const deliveries = items.filter(isSmsDelivery);
    return deliveries.length === items.length ? { provider, items: deliveries, nextCursor: cursor } : null;
  }
  return null;
}

const isString = (value: unknown): value is string => typeof value === "string";
const stringOrNull = (value: unknown) => value === null || isString(value);

function isSandboxSms(value: unknown): value is SandboxSms {
  if (typeof value !== "object" || value === null) return false;
  const sms = value as Record<string, unknown>;
  return isString(sms.to) && isString(sms.text) && isString(sms.sentAt);
}

function isSmsDelivery(value: unknown): value is SmsDelivery {
  if (typeof value !== "object" || value === null) return false;
  const sms = value as Record<string, unknown>;
  return (
    isString(sms.id) &&
    isString(sms.to) &&
    deliveryStatuses.some((status) => status === sms.status) &&
    typeof sms.attempts === "number" &&
    stringOrNull(sms.lastError) &&
    isString(sms.createdAt) &&
    stringOrNull(sms.deliveredAt)
  );
}

import { type LocalText, type RequestStatus, requestStatuses, type ServiceField } from "@ansinh/domain";
import { type Locale, readFieldProblems, readServerMessage } from "@ansinh/ui";
import { type ApiReply, postJson, unavailable } from "../account/api-reply";

/**
 * The public-services API (issue #5) as the citizen app reads it, in one place: the paths, the shapes
 * of its answers and the readers that check them. The readers check each answer's outline (a reply
 * of another shape shows "could not be done", never a half-drawn page) and trust the server for the
 * rest, as the records and look-up readers do.
 */

export const serviceApi = {
  services: "/api/services",
  requests: "/api/service-requests",
  request: (id: string) => `/api/service-requests/${encodeURIComponent(id)}`,
  reply: (id: string) => `/api/service-requests/${encodeURIComponent(id)}/reply`,
  payments: (id: string) => `/api/service-requests/${encodeURIComponent(id)}/payments`,
  notifications: "/api/notifications",
  notificationsRead: "/api/notifications/read",
} as const;

export type ServicePayment = "household_renewal" | "voluntary_contribution";

/** GET /api/services: one entry of the catalogue, as the signed-in person may use it. */
export interface ServiceView {
  code: string;
  name: LocalText;
  description: LocalText;
  fields: ServiceField[];
  documents: Array<{ code: string; name: LocalText; required: boolean }>;
  workingDays: number;
  payment: ServicePayment | null;
  available: boolean;
  unavailableReason: LocalText | null;
}

export type Answers = Record<string, string | number | boolean>;

/** GET /api/service-requests: one line of "Hồ sơ của tôi". */
export interface RequestSummary {
  id: string;
  number: string | null;
  serviceCode: string;
  /** Null when the server did not name it: the catalogue names it then. */
  serviceName: LocalText | null;
  status: RequestStatus;
  submittedAt: string | null;
  dueOn: string | null;
  overdue: boolean;
  updatedAt: string | null;
}

type PaymentStatus = "pending" | "confirmed" | "failed" | "expired";

export interface PaymentView {
  id: string;
  amount: number;
  status: PaymentStatus;
  createdAt: string;
  settledAt: string | null;
  failureReason: string | null;
}

export interface RequestEvent {
  at: string;
  actor: "citizen" | "staff" | "system";
  action: string;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus | null;
  note: string | null;
}

/** GET /api/service-requests/:id, and what creating, updating and replying answer. */
export interface RequestView extends RequestSummary {
  answers: Answers;
  infoRequest: string | null;
  outcomeNote: string | null;
  office: { code: string; name: string } | null;
  events: RequestEvent[];
  payment: PaymentView | null;
}

export interface CitizenNotification {
  id: string;
  /** What it is about, to open from it: a request, a petition, or neither. */
  requestId: string | null;
  petitionId: string | null;
  createdAt: string;
  read: boolean;
  title: LocalText;
  body: LocalText;
}

interface NotificationList {
  unread: number;
  items: CitizenNotification[];
}

// Reading -------------------------------------------------------------------------------------------

// The outline checkers below are shared with the other API readers of the app (e.g. "Trợ giúp").
export type Fields = Readonly<Record<string, unknown>>;

export function fieldsOf(value: unknown): Fields | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

export function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function localText(value: unknown): LocalText | null {
  const fields = fieldsOf(value);
  return fields && typeof fields.vi === "string" && typeof fields.en === "string"
    ? { vi: fields.vi, en: fields.en }
    : null;
}

/** `title: {vi, en}`, or the columns as stored (`titleVi`, `titleEn`). */
function localTextAt(fields: Fields, key: string): LocalText | null {
  return (
    localText(fields[key]) ??
    (typeof fields[`${key}Vi`] === "string" && typeof fields[`${key}En`] === "string"
      ? { vi: String(fields[`${key}Vi`]), en: String(fields[`${key}En`]) }
      : null)
  );
}

export function listOf<Item>(value: unknown, read: (fields: Fields) => Item | null): Item[] | null {
  if (!Array.isArray(value)) return null;
  return value.flatMap((entry: unknown) => {
    const fields = fieldsOf(entry);
    const item = fields && read(fields);
    return item ? [item] : [];
  });
}

function statusOf(value: unknown): RequestStatus | null {
  return requestStatuses.find((status) => status === value) ?? null;
}

function readService(fields: Fields): ServiceView | null {
  const code = text(fields.code);
  const name = localText(fields.name);
  if (!code || !name || !Array.isArray(fields.fields)) return null;
  return {
    code,
    name,
    description: localText(fields.description) ?? { vi: "", en: "" },
    // The fields are the domain's own definitions, sent as they are: the form is drawn from them.
    fields: fields.fields as ServiceField[],
    documents:
      listOf(fields.documents, (document) => {
        const documentCode = text(document.code);
        const documentName = localText(document.name);
        return documentCode && documentName
          ? { code: documentCode, name: documentName, required: document.required === true }
          : null;
      }) ?? [],
    workingDays: typeof fields.workingDays === "number" ? fields.workingDays : 0,
    payment:
      fields.payment === "household_renewal" || fields.payment === "voluntary_contribution"
        ? fields.payment
        : null,
    available: fields.available !== false,
    unavailableReason: localText(fields.unavailableReason),
  };
}

export function readServices(body: unknown): ServiceView[] | null {
  return listOf(fieldsOf(body)?.services, readService);
}

function readSummary(fields: Fields): RequestSummary | null {
  const id = text(fields.id);
  const serviceCode = text(fields.serviceCode);
  const status = statusOf(fields.status);
  if (!id || !serviceCode || !status) return null;
  return {
    id,
    number: text(fields.number),
    serviceCode,
    serviceName: localText(fields.serviceName),
    status,
    submittedAt: text(fields.submittedAt),
    dueOn: text(fields.dueOn),
    overdue: fields.overdue === true,
    updatedAt: text(fields.updatedAt) ?? text(fields.createdAt),
  };
}

export function readRequestList(body: unknown): RequestSummary[] | null {
  return listOf(fieldsOf(body)?.items, readSummary);
}

function readPayment(value: unknown): PaymentView | null {
  const fields = fieldsOf(value);
  const id = fields && text(fields.id);
  const status = fields?.status;
  if (!fields || !id || typeof fields.amount !== "number") return null;
  if (status !== "pending" && status !== "confirmed" && status !== "failed" && status !== "expired")
    return null;
  return {
    id,
    amount: fields.amount,
    status,
    createdAt: text(fields.createdAt) ?? "",
    settledAt: text(fields.settledAt),
    failureReason: text(fields.failureReason),
  };
}

function readEvent(fields: Fields): RequestEvent | null {
  const at = text(fields.at);
  if (!at) return null;
  return {
    at,
    actor: fields.actor === "staff" || fields.actor === "system" ? fields.actor : "citizen",
    action: text(fields.action) ?? "",
    fromStatus: statusOf(fields.fromStatus),
    toStatus: statusOf(fields.toStatus),
    note: text(fields.note),
  };
}

function readAnswers(value: unknown): Answers {
  const fields = fieldsOf(value) ?? {};
  return Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string | number | boolean] =>
        typeof entry[1] === "string" || typeof entry[1] === "number" || typeof entry[1] === "boolean",
    ),
  );
}

export function readRequest(body: unknown): RequestView | null {
  const fields = fieldsOf(body);
  // Some answers wrap the request (`{ request: … }`); the contract's is the request itself.
  const root = fields && fieldsOf(fields.request) ? fieldsOf(fields.request) : fields;
  const summary = root && readSummary(root);
  if (!root || !summary) return null;
  const office = fieldsOf(root.office);
  const officeCode = office && text(office.code);
  return {
    ...summary,
    answers: readAnswers(root.answers),
    infoRequest: text(root.infoRequest),
    outcomeNote: text(root.outcomeNote),
    office: office && officeCode ? { code: officeCode, name: text(office.name) ?? officeCode } : null,
    events: listOf(root.events, readEvent) ?? [],
    payment: readPayment(root.payment),
  };
}

function readNotification(fields: Fields): CitizenNotification | null {
  const id = text(fields.id);
  const title = localTextAt(fields, "title");
  if (!id || !title) return null;
  return {
    id,
    requestId: text(fields.requestId),
    petitionId: text(fields.petitionId),
    createdAt: text(fields.createdAt) ?? "",
    read: fields.read === true || text(fields.readAt) !== null,
    title,
    body: localTextAt(fields, "body") ?? { vi: "", en: "" },
  };
}

export function readNotifications(body: unknown): NotificationList | null {
  const fields = fieldsOf(body);
  const items = fields && listOf(fields.items, readNotification);
  if (!fields || !items) return null;
  const unread =
    typeof fields.unread === "number" ? fields.unread : items.filter((item) => !item.read).length;
  return { unread, items };
}

export function readPaymentStart(body: unknown): { payment: PaymentView | null; payUrl: string } | null {
  const fields = fieldsOf(body);
  const payUrl = fields && text(fields.payUrl);
  return fields && payUrl ? { payment: readPayment(fields.payment), payUrl } : null;
}

// Sending -------------------------------------------------------------------------------------------

/** What "Lưu nháp" and "Gửi" send; a new request carries the attempt's key, a draft's update does not. */
interface RequestChange {
  serviceCode: string;
  answers: Answers;
  submit: boolean;
  submissionKey: string;
  /** The draft being continued, or null for a new request. */
  draftId: string | null;
}

export function saveRequest(change: RequestChange, locale: Locale): Promise<ApiReply> {
  const { serviceCode, answers, submit, submissionKey, draftId } = change;
  return draftId === null
    ? postJson(serviceApi.requests, { serviceCode, answers, submit, submissionKey }, locale)
    : putJson(serviceApi.request(draftId), { answers, submit }, locale);
}

export function sendReply(id: string, message: string, locale: Locale): Promise<ApiReply> {
  return postJson(serviceApi.reply(id), { message }, locale);
}

export function startPayment(id: string, idempotencyKey: string, locale: Locale): Promise<ApiReply> {
  return postJson(serviceApi.payments(id), { idempotencyKey }, locale);
}

/** Marks the given notifications read, or all of them with none given. */
export function markNotificationsRead(ids: readonly string[] | null, locale: Locale): Promise<ApiReply> {
  return postJson(serviceApi.notificationsRead, ids ? { ids } : {}, locale);
}

/**
 * A PUT, answered as postJson answers (the shared sendJson only POSTs): a network failure, a 404 or a
 * refusal without words is "unavailable".
 */
async function putJson(url: string, body: unknown, locale: Locale): Promise<ApiReply> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "PUT",
      credentials: "same-origin",
      headers: {
        "content-type": "application/json",
        accept: "application/json, application/problem+json",
        "accept-language": locale,
      },
      body: JSON.stringify(body),
    });
  } catch {
    return unavailable;
  }
  if (response.status === 404) return unavailable;
  const json: unknown = await response.json().catch(() => null);
  return replyFromBody(response.ok, response.status, json);
}

function replyFromBody(ok: boolean, status: number, body: unknown): ApiReply {
  const message = ok ? null : readServerMessage(body);
  const fields = ok ? [] : readFieldProblems(body);
  if (!ok && !message && fields.length === 0) return unavailable;
  const type: unknown = !ok && typeof body === "object" && body !== null ? Reflect.get(body, "type") : null;
  return {
    kind: "answer",
    ok,
    status,
    type: typeof type === "string" ? type : null,
    message,
    problems: fields.map((problem) => problem.text),
    fields,
    body,
    retryAfter: null,
  };
}

export type { RequestStatus };

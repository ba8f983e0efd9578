import { type LocalText, type RequestStatus, requestStatuses } from "@ansinh/domain";
import { type ApiResult, callStaffApi, parsed } from "../dossiers/dossier-api";

/**
 * The console's side of the staff public-service API (/api/staff/service-requests, issue #5): the
 * office's queue, one request, and the officers' actions. The server decides who sees what: a request
 * of another office is "not found" here too. Bodies of an unexpected shape are failures, never shown
 * in part (as for the account dossiers).
 */

/** What an officer may do to a request; `assign` hands it to a colleague (or to oneself). */
export const requestActions = ["receive", "start", "complete", "reject", "request_info", "assign"] as const;
export type RequestAction = (typeof requestActions)[number];

export type AssignedFilter = "any" | "me" | "none";

export interface QueueFilters {
  status: RequestStatus | "";
  service: string;
  assigned: AssignedFilter;
  overdue: boolean;
  page: number;
}

export interface StaffRef {
  id: string;
  fullName: string;
}

export interface QueueItem {
  id: string;
  number: string;
  serviceCode: string;
  serviceName: LocalText | null;
  status: RequestStatus;
  /** The applicant's name, masked in the list ("Nguyễn V** A*"). */
  personName: string;
  submittedAt: string | null;
  dueOn: string | null;
  overdue: boolean;
  /** The server's count of working days to the deadline (negative when late), when it sends one. */
  workingDaysLeft: number | null;
  assignedTo: StaffRef | null;
  /** Set when the request is assigned, even where the officer's name is not sent. */
  assignedStaffId: string | null;
}

export interface Queue {
  items: QueueItem[];
  page: number;
  pageSize: number;
  total: number;
  /** The office's officers a request may be given to, when the server lists them. */
  assignees: StaffRef[];
}

export interface RequestEvent {
  at: string;
  actor: "citizen" | "staff" | "system";
  staffName: string | null;
  action: string;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus | null;
  note: string | null;
}

export interface PaymentView {
  amount: number;
  status: string;
  createdAt: string | null;
  settledAt: string | null;
}

/** The applicant as the detail shows them (the opening is logged by the server with its reason). */
export interface RequestPerson {
  fullName: string;
  bhxhNumber: string | null;
  birthDate: string | null;
  phone: string | null;
  address: string | null;
}

export interface RequestDetail extends QueueItem {
  answers: Record<string, string | number | boolean>;
  infoRequest: string | null;
  outcomeNote: string | null;
  office: { code: string; name: string } | null;
  person: RequestPerson | null;
  events: RequestEvent[];
  payment: PaymentView | null;
  assignees: StaffRef[];
  /** What the signed-in officer may do now, as the server says; null when it does not say. */
  allowedActions: RequestAction[] | null;
}

export interface BulkOutcome {
  done: string[];
  refused: Array<{ id: string; reason: LocalText | string }>;
}

const base = "/api/staff/service-requests";

/** The queue's API path for the filters; "any" assignment and no status are the API's defaults. */
function queuePath(filters: QueueFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.service) query.set("service", filters.service);
  if (filters.assigned !== "any") query.set("assigned", filters.assigned);
  if (filters.overdue) query.set("overdue", "true");
  if (filters.page > 1) query.set("page", String(filters.page));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

export async function fetchQueue(filters: QueueFilters): Promise<ApiResult<Queue>> {
  return parsed(await callStaffApi(queuePath(filters)), parseQueue);
}

export async function fetchRequest(id: string): Promise<ApiResult<RequestDetail>> {
  return parsed(await callStaffApi(`${base}/${encodeURIComponent(id)}`), parseDetail);
}

export async function actOnRequest(
  id: string,
  action: RequestAction,
  options: { note?: string; assigneeId?: string } = {},
): Promise<ApiResult<unknown>> {
  const note = options.note?.trim();
  const body = {
    action,
    ...(note ? { note } : {}),
    ...(options.assigneeId ? { assigneeId: options.assigneeId } : {}),
  };
  return callStaffApi(`${base}/${encodeURIComponent(id)}/actions`, {
    method: "POST",
    body: JSON.stringify(body),
  });
}

export async function actOnMany(
  ids: readonly string[],
  action: "receive" | "assign",
  assigneeId?: string,
): Promise<ApiResult<BulkOutcome>> {
  const body = { ids, action, ...(assigneeId ? { assigneeId } : {}) };
  return parsed(
    await callStaffApi(`${base}/bulk`, { method: "POST", body: JSON.stringify(body) }),
    parseBulk,
  );
}

// Parsing (the small readers are shared with the help desk's API) -------------------------------------

type Fields = Record<string, unknown>;

export function record(value: unknown): Fields | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

export function str(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null;
}

function localText(value: unknown): LocalText | null {
  const fields = record(value);
  return fields && typeof fields.vi === "string" && typeof fields.en === "string"
    ? { vi: fields.vi, en: fields.en }
    : null;
}

function statusOf(value: unknown): RequestStatus | null {
  return requestStatuses.find((status) => status === value) ?? null;
}

export function staffRef(value: unknown): StaffRef | null {
  const fields = record(value);
  const id = str(fields?.id);
  const fullName = str(fields?.fullName) ?? str(fields?.name);
  return id && fullName ? { id, fullName } : null;
}

function staffRefs(value: unknown): StaffRef[] {
  return Array.isArray(value) ? value.flatMap((entry) => staffRef(entry) ?? []) : [];
}

function parseItem(row: Fields): QueueItem | null {
  const id = str(row.id);
  const serviceCode = str(row.serviceCode);
  const status = statusOf(row.status);
  if (!id || !serviceCode || !status) return null;
  const person = record(row.person);
  return {
    id,
    number: str(row.number) ?? "",
    serviceCode,
    serviceName: localText(row.serviceName),
    status,
    // The queue sends the name masked; the detail sends the person (its opening is logged).
    personName: str(row.maskedName) ?? str(person?.fullName) ?? "",
    submittedAt: str(row.submittedAt),
    dueOn: str(row.dueOn),
    overdue: row.overdue === true,
    workingDaysLeft: typeof row.workingDaysLeft === "number" ? row.workingDaysLeft : null,
    assignedTo: staffRef(row.assignedStaff),
    assignedStaffId: str(row.assignedStaffId) ?? staffRef(row.assignedStaff)?.id ?? null,
  };
}

function parseQueue(body: unknown): Queue | null {
  const root = record(body);
  const list = root?.items;
  if (!Array.isArray(list)) return null;
  const items: QueueItem[] = [];
  for (const entry of list) {
    const row = record(entry);
    const item = row && parseItem(row);
    if (!item) return null;
    items.push(item);
  }
  const number = (value: unknown, fallback: number) => (typeof value === "number" ? value : fallback);
  return {
    items,
    page: number(root?.page, 1),
    pageSize: number(root?.pageSize, items.length),
    total: number(root?.total, items.length),
    assignees: staffRefs(root?.assignees),
  };
}

function parsePerson(value: unknown): RequestPerson | null {
  const person = record(value);
  const fullName = str(person?.fullName);
  if (!person || !fullName) return null;
  const address = record(person.address);
  return {
    fullName,
    bhxhNumber: str(person.bhxhNumber),
    birthDate: str(person.birthDate) ?? str(person.birthYear),
    phone: str(person.phone),
    address: address
      ? [address.line, address.commune, address.province].map(str).filter(Boolean).join(", ") || null
      : null,
  };
}

function parseEvent(value: unknown): RequestEvent | null {
  const event = record(value);
  const at = str(event?.at);
  if (!event || !at) return null;
  return {
    at,
    actor: event.actor === "staff" || event.actor === "system" ? event.actor : "citizen",
    staffName: str(event.staffName),
    action: str(event.action) ?? "",
    fromStatus: statusOf(event.fromStatus),
    toStatus: statusOf(event.toStatus),
    note: str(event.note),
  };
}

function parsePayment(value: unknown): PaymentView | null {
  const payment = record(value);
  if (!payment || typeof payment.amount !== "number") return null;
  return {
    amount: payment.amount,
    status: str(payment.status) ?? "",
    createdAt: str(payment.createdAt),
    settledAt: str(payment.settledAt),
  };
}

function parseDetail(body: unknown): RequestDetail | null {
  const root = record(body);
  const item = root && parseItem(root);
  if (!root || !item) return null;
  const answers = record(root.answers) ?? {};
  const office = record(root.office);
  const officeCode = str(office?.code);
  return {
    ...item,
    answers: Object.fromEntries(
      Object.entries(answers).filter(
        (entry): entry is [string, string | number | boolean] =>
          typeof entry[1] === "string" || typeof entry[1] === "number" || typeof entry[1] === "boolean",
      ),
    ),
    infoRequest: str(root.infoRequest),
    outcomeNote: str(root.outcomeNote),
    office: officeCode ? { code: officeCode, name: str(office?.name) ?? officeCode } : null,
    person: parsePerson(root.person),
    events: Array.isArray(root.events) ? root.events.flatMap((event) => parseEvent(event) ?? []) : [],
    payment: parsePayment(root.payment),
    assignees: staffRefs(root.assignees),
    allowedActions: Array.isArray(root.actions)
      ? requestActions.filter((action) => (root.actions as unknown[]).includes(action))
      : null,
  };
}

function parseBulk(body: unknown): BulkOutcome | null {
  const root = record(body);
  if (!root || !Array.isArray(root.done)) return null;
  return {
    done: root.done.flatMap((id) => str(id) ?? []),
    refused: Array.isArray(root.refused)
      ? root.refused.flatMap((entry) => {
          const refusal = record(entry);
          const id = str(refusal?.id);
          const reason = refusal?.reason;
          return id ? [{ id, reason: localText(reason) ?? str(reason) ?? "" }] : [];
        })
      : [],
  };
}

export type { RequestStatus };

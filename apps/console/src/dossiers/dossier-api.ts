import { problemFields, problemText, type ServerText } from "./server-text";

/**
 * The console's side of the staff dossier API (apps/api/src/routes/staff/dossiers). The server decides
 * who sees what: a dossier of another office is simply "not found" here too.
 */
export const dossierStatuses = ["pending", "approved", "rejected"] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

export const rejectReasons = ["blurry_photo", "data_mismatch", "wrong_office", "other"] as const;
export type RejectReason = (typeof rejectReasons)[number];

/** A person as the console names them: full name and BHXH number. */
interface NamedPerson {
  fullName: string;
  bhxhNumber: string;
}

export interface DossierQueueItem {
  id: string;
  number: string;
  kind: "self" | "child";
  fullName: string;
  /** The parent who filed a child's dossier. */
  filedBy: NamedPerson | null;
  submittedAt: string;
  decidedAt: string | null;
  waitingMinutes: number;
}

/** One line of the side-by-side comparison: what was typed, what the registry holds, and whether they match. */
export interface ComparedField {
  field: string;
  submitted: string | null;
  registry: string | null;
  /** Null where one side has nothing to compare. */
  matches: boolean | null;
  /** False for what only one side has (shown for context, never flagged). */
  compared: boolean;
}

export interface DossierPhoto {
  kind: string;
  url: string;
}

export interface DossierEvent {
  at: string;
  action: string;
  staffName: string | null;
  reason: string | null;
  note: string | null;
}

/** What a reviewer checks on a child's dossier besides the comparison: who filed it, and the child's registry data. */
export interface ChildDetails {
  filedBy: NamedPerson;
  /** The registry has the parent in the child's household (read when the dossier is opened). */
  sameHousehold: boolean;
  /** ISO date, or null when the registry holds only the year. */
  birthDate: string | null;
  birthYear: number | null;
  household: { code: string; relationToHead: string | null } | null;
}

export interface DossierDetail {
  id: string;
  number: string;
  kind: "self" | "child";
  status: DossierStatus;
  submittedAt: string;
  /** Set for a child's dossier. */
  child: ChildDetails | null;
  fields: ComparedField[];
  photos: DossierPhoto[];
  history: DossierEvent[];
}

/** Why a call gave no data: signed out (go to the sign-in page), not found, or the server's own words. */
export type ApiFailure =
  | { kind: "signed-out" }
  | { kind: "not-found"; message: ServerText | null }
  | { kind: "problem"; status: number; message: ServerText | null; problems: ServerText[] }
  | { kind: "unreachable" };

export type ApiResult<T> = { ok: true; data: T } | ({ ok: false } & ApiFailure);

/**
 * One call to the staff API, the session cookie sent along: its JSON body, or why there is none (shared
 * by every console page that reads from the API, so that all of them tell a failure the same way).
 */
export async function callStaffApi(url: string, init?: RequestInit): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: "same-origin",
      headers: {
        accept: "application/json, application/problem+json",
        // A FormData body (a chat picture) sets its own multipart type, with the boundary.
        ...(init?.body && !(init.body instanceof FormData) ? { "content-type": "application/json" } : {}),
      },
    });
  } catch {
    return { ok: false, kind: "unreachable" };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: body };
  if (response.status === 401) return { ok: false, kind: "signed-out" };
  if (response.status === 404) return { ok: false, kind: "not-found", message: problemText(body) };
  return {
    ok: false,
    kind: "problem",
    status: response.status,
    message: problemText(body),
    problems: problemFields(body),
  };
}

/** The body as `parse` reads it; a body of another shape is a failure, not half a record. */
export function parsed<T>(result: ApiResult<unknown>, parse: (body: unknown) => T | null): ApiResult<T> {
  if (!result.ok) return result;
  const data = parse(result.data);
  return data === null
    ? { ok: false, kind: "problem", status: 200, message: null, problems: [] }
    : { ok: true, data };
}

export async function fetchDossierQueue(status: DossierStatus): Promise<ApiResult<DossierQueueItem[]>> {
  return parsed(await callStaffApi(`/api/staff/dossiers?status=${status}&limit=50`), parseQueue);
}

export async function fetchDossier(id: string): Promise<ApiResult<DossierDetail>> {
  return parsed(await callStaffApi(`/api/staff/dossiers/${encodeURIComponent(id)}`), parseDetail);
}

export async function approveDossier(id: string): Promise<ApiResult<unknown>> {
  return callStaffApi(`/api/staff/dossiers/${encodeURIComponent(id)}/approve`, { method: "POST" });
}

export async function rejectDossier(
  id: string,
  decision: { reason: RejectReason; note: string },
): Promise<ApiResult<unknown>> {
  const body = decision.note.trim() === "" ? { reason: decision.reason } : decision;
  return callStaffApi(`/api/staff/dossiers/${encodeURIComponent(id)}/reject`, {
    method: "POST",
    body: JSON.stringify(body),
  });
}

// Parsing: the server is ours, but a console that renders half a record would mislead a reviewer, so a
// body of an unexpected shape is treated as a failure rather than shown in part.

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function str(value: unknown): string | null {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : null;
}

function isStatus(value: unknown): value is DossierStatus {
  return dossierStatuses.some((status) => status === value);
}

function kindOf(value: unknown): "self" | "child" {
  return value === "child" ? "child" : "self";
}

function parseQueue(body: unknown): DossierQueueItem[] | null {
  const items: unknown = Array.isArray(body) ? body : record(body)?.items;
  if (!Array.isArray(items)) return null;
  const queue: DossierQueueItem[] = [];
  for (const item of items) {
    const row = record(item);
    const id = str(row?.id);
    const number = str(row?.number);
    if (!row || !id || !number) return null;
    queue.push({
      id,
      number,
      kind: kindOf(row.kind),
      fullName: str(row.fullName) ?? "",
      filedBy: namedPerson(row.filedBy),
      submittedAt: str(row.submittedAt) ?? "",
      decidedAt: str(row.decidedAt),
      waitingMinutes: typeof row.waitingMinutes === "number" ? row.waitingMinutes : 0,
    });
  }
  return queue;
}

function parseDetail(body: unknown): DossierDetail | null {
  const root = record(body);
  const id = str(root?.id);
  const number = str(root?.number);
  if (!root || !id || !number || !isStatus(root.status)) return null;
  return {
    id,
    number,
    kind: kindOf(root.kind),
    status: root.status,
    submittedAt: str(root.submittedAt) ?? "",
    child: parseChild(root),
    fields: parseFields(root),
    photos: (Array.isArray(root.photos) ? root.photos : Array.isArray(root.documents) ? root.documents : [])
      .map(record)
      .flatMap((photo) => {
        const url = str(photo?.url);
        return photo && url ? [{ kind: str(photo.kind) ?? "", url }] : [];
      }),
    history: (Array.isArray(root.history) ? root.history : Array.isArray(root.events) ? root.events : [])
      .map(record)
      .flatMap((event) =>
        event
          ? [
              {
                at: str(event.at) ?? "",
                action: str(event.action) ?? "",
                staffName: str(event.staffName) ?? str(record(event.staff)?.fullName),
                reason: str(event.reason),
                note: str(event.note),
              },
            ]
          : [],
      ),
  };
}

function namedPerson(value: unknown): NamedPerson | null {
  const person = record(value);
  const fullName = str(person?.fullName);
  const bhxhNumber = str(person?.bhxhNumber);
  return fullName && bhxhNumber ? { fullName, bhxhNumber } : null;
}

function parseChild(root: Record<string, unknown>): ChildDetails | null {
  const filedBy = namedPerson(root.filedBy);
  const registry = record(root.registry);
  if (root.kind !== "child" || !filedBy || !registry) return null;
  const household = record(registry.household);
  const code = str(household?.code);
  return {
    filedBy,
    sameHousehold: record(root.filedBy)?.sameHousehold === true,
    birthDate: str(registry.birthDate),
    birthYear: typeof registry.birthYear === "number" ? registry.birthYear : null,
    household: code ? { code, relationToHead: str(household?.relationToHead) } : null,
  };
}

/**
 * The comparison rows, in the order a reviewer reads them: the five fields the applicant typed, each
 * with the server's match flag, then what only one side has (the registry's date of birth, sex and
 * address; the office the applicant chose), which is shown but not compared.
 */
function parseFields(root: Record<string, unknown>): ComparedField[] {
  const submitted = record(root.submitted);
  const registry = record(root.registry);
  if (!submitted || !registry) return [];
  const matches = record(root.matches) ?? {};
  const flag = (field: string) => {
    const value = matches[field];
    return typeof value === "boolean" ? value : null;
  };
  const compared = ["fullName", "bhxhNumber", "nationalId", "phone", "email"].map((field) => ({
    field,
    submitted: str(submitted[field]),
    registry: str(registry[field]),
    matches: flag(field),
    compared: true,
  }));
  const address = record(registry.address);
  const office = record(submitted.office);
  const filedBy = record(root.filedBy);
  const shown = (field: string, mine: string | null, theirs: string | null): ComparedField => ({
    field,
    submitted: mine,
    registry: theirs,
    matches: null,
    compared: false,
  });
  return [
    ...compared,
    shown("birthDate", null, str(registry.birthDate) ?? str(registry.birthYear)),
    shown("sex", null, str(registry.sex)),
    shown(
      "address",
      null,
      address
        ? [address.line, address.commune, address.province].map(str).filter(Boolean).join(", ") || null
        : null,
    ),
    shown(
      "office",
      office ? [str(office.name), str(office.code)].filter(Boolean).join(" — ") || null : null,
      null,
    ),
    ...(filedBy
      ? [shown("filedBy", [str(filedBy.fullName), str(filedBy.bhxhNumber)].filter(Boolean).join(" — "), null)]
      : []),
  ];
}

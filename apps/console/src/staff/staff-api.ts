import {
  type FieldProblem,
  type Locale,
  readFieldProblems,
  readServerMessage,
  type ServerText,
  sendJson,
} from "@ansinh/ui";
import { type ApiResult, callStaffApi, parsed } from "../dossiers/dossier-api";

/**
 * The console's side of /api/staff/users (admins only): the accounts of the admin's office and its
 * grassroots offices, and a new account, whose password and TOTP secret the server shows this once.
 */
export interface Office {
  code: string;
  name: string;
}

export interface StaffAccount {
  username: string;
  fullName: string;
  email: string;
  /** One of the known roles, or a newer one this console does not name yet (shown as sent). */
  role: string;
  office: Office;
  createdAt: string;
  /** Set while failed sign-ins keep the account locked. */
  lockedUntil: string | null;
}

export interface StaffAccounts {
  /** Where the admin may create accounts: their own office, then its grassroots offices. */
  offices: Office[];
  items: StaffAccount[];
}

export interface CreatedStaffAccount {
  username: string;
  fullName: string;
  role: string;
  officeCode: string;
  initialPassword: string;
  totpSecret: string;
  otpauthUri: string;
}

export const newStaffFields = ["username", "fullName", "email", "role", "officeCode"] as const;
export type NewStaffField = (typeof newStaffFields)[number];

/** What POST /api/staff/users came back with, in the shape useCheckedForm's notice reads. */
export type CreateStaffReply =
  | { kind: "unavailable" }
  | { kind: "signed-out" }
  | { kind: "created"; account: CreatedStaffAccount }
  | {
      kind: "answer";
      ok: false;
      message: ServerText | null;
      problems: ServerText[];
      /** The server's problems with the form's fields ("body.username"…), in its order. */
      fields: FieldProblem[];
      body: unknown;
    };

export async function fetchStaffAccounts(): Promise<ApiResult<StaffAccounts>> {
  return parsed(await callStaffApi("/api/staff/users"), parseStaffAccounts);
}

/** Sent with sendJson rather than callStaffApi: the form needs to know which field each problem is about. */
export async function postStaffAccount(
  values: Record<NewStaffField, string>,
  locale: Locale,
): Promise<CreateStaffReply> {
  const sent = await sendJson("/api/staff/users", values, locale);
  if (!sent) return { kind: "unavailable" };
  if (sent.status === 401) return { kind: "signed-out" };
  if (sent.ok) {
    const account = parseCreated(sent.body);
    return account ? { kind: "created", account } : { kind: "unavailable" };
  }
  const fields = readFieldProblems(sent.body);
  const message = readServerMessage(sent.body);
  if (!message && fields.length === 0) return { kind: "unavailable" };
  return { kind: "answer", ok: false, message, problems: fields.map((f) => f.text), fields, body: sent.body };
}

const isString = (value: unknown): value is string => typeof value === "string";

function fieldsOf(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

function parseOffice(value: unknown): Office | null {
  const office = fieldsOf(value);
  return office && isString(office.code) && isString(office.name)
    ? { code: office.code, name: office.name }
    : null;
}

// Null for a body of another shape, which parsed() makes a failure rather than half a table.
function parseStaffAccounts(body: unknown): StaffAccounts | null {
  const root = fieldsOf(body);
  if (!root || !Array.isArray(root.offices) || !Array.isArray(root.items)) return null;
  const offices = root.offices.map(parseOffice).filter((office) => office !== null);
  const items = root.items.map(parseStaffAccount).filter((item) => item !== null);
  return offices.length === root.offices.length && items.length === root.items.length
    ? { offices, items }
    : null;
}

function parseStaffAccount(value: unknown): StaffAccount | null {
  const row = fieldsOf(value);
  const office = parseOffice(row?.office);
  if (!row || !office) return null;
  const { username, fullName, email, role, createdAt, lockedUntil } = row;
  if (![username, fullName, email, role, createdAt].every(isString)) return null;
  if (lockedUntil !== null && !isString(lockedUntil)) return null;
  return {
    username: username as string,
    fullName: fullName as string,
    email: email as string,
    role: role as string,
    office,
    createdAt: createdAt as string,
    lockedUntil,
  };
}

function parseCreated(body: unknown): CreatedStaffAccount | null {
  const root = fieldsOf(body);
  if (!root) return null;
  const keys = [
    "username",
    "fullName",
    "role",
    "officeCode",
    "initialPassword",
    "totpSecret",
    "otpauthUri",
  ] as const;
  return keys.every((key) => isString(root[key])) ? (root as unknown as CreatedStaffAccount) : null;
}

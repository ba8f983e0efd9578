import { staffRoles } from "@ansinh/domain";

type StaffRole = (typeof staffRoles)[number];

/** The signed-in staff member, as GET /api/staff/me and POST /api/staff/login describe them. */
export interface StaffProfile {
  username: string;
  fullName: string;
  email: string;
  /** One of the known roles, or a newer one this console does not name yet (shown as sent). */
  role: string;
  office: { code: string; name: string };
}

/**
 * Asks the server who is signed in. The session lives in an HttpOnly cookie that scripts cannot read,
 * so only the server knows; anything but a well-formed profile (401, network failure) means nobody.
 */
export async function fetchStaffSession(): Promise<StaffProfile | null> {
  try {
    const response = await fetch("/api/staff/me", {
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return isStaffProfile(body) ? body : null;
  } catch {
    return null;
  }
}

/** Ends the session on the server; false when that could not be confirmed (then it may still be open). */
export async function signOutStaff(): Promise<boolean> {
  try {
    const response = await fetch("/api/staff/logout", { method: "POST", credentials: "same-origin" });
    return response.ok;
  } catch {
    return false;
  }
}

/** Who answers citizens' chats and petitions: the API's HELP_AGENTS, which refuses everyone else. */
const helpDeskRoles: ReadonlySet<string> = new Set(["support", "admin"]);

export function isHelpAgent(staff: StaffProfile): boolean {
  return helpDeskRoles.has(staff.role);
}

export function isStaffRole(role: string): role is StaffRole {
  return staffRoles.some((known) => known === role);
}

function isStaffProfile(value: unknown): value is StaffProfile {
  if (typeof value !== "object" || value === null) return false;
  const office: unknown = Reflect.get(value, "office");
  return (
    ["username", "fullName", "email", "role"].every(
      (field) => typeof Reflect.get(value, field) === "string",
    ) &&
    typeof office === "object" &&
    office !== null &&
    typeof Reflect.get(office, "code") === "string" &&
    typeof Reflect.get(office, "name") === "string"
  );
}

import type { StaffRole } from "@ansinh/domain";
import type { TestApp } from "../../../testing/build-test-app";
import { signedInStaff } from "../../../testing/dossier-fixture";

/** The body of POST /api/staff/users for a reviewer of BHXH-01; override any field. */
export function newStaffBody(overrides: Record<string, unknown> = {}) {
  return {
    username: "lan.nguyen",
    fullName: "Nguyễn Thị Lan",
    email: "lan.nguyen@vss.example.vn",
    role: "reviewer",
    officeCode: "BHXH-01",
    ...overrides,
  };
}

/** The session cookie of a new staff member with this role and office (each call a new account). */
let staffCount = 0;
export async function staffUsersCookie(t: TestApp, role: StaffRole, officeCode = "BHXH-01") {
  staffCount += 1;
  return (await signedInStaff(t, `users.${role}.${staffCount}`, { role, officeCode })).cookie;
}

export const postStaffUser = (t: TestApp, cookie: string | undefined, payload: unknown) =>
  t.app.inject({
    method: "POST",
    url: "/api/staff/users",
    headers: cookie ? { cookie } : {},
    payload: payload as Record<string, unknown>,
  });

export const getStaffUsers = (t: TestApp, cookie?: string) =>
  t.app.inject({ method: "GET", url: "/api/staff/users", headers: cookie ? { cookie } : {} });

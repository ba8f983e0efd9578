import type { OfficeStaffMember } from "@ansinh/db";
import { staffRoles } from "@ansinh/domain";
import { z } from "zod";

const office = z.object({ code: z.string(), name: z.string() });

/** No hashes, secrets or counters: who they are, where they work, and whether they are locked out. */
const staffUser = z.object({
  username: z.string(),
  fullName: z.string(),
  email: z.string(),
  role: z.enum(staffRoles),
  office,
  createdAt: z.iso.datetime(),
  /** Set while failed sign-ins keep the account locked; null otherwise. */
  lockedUntil: z.iso.datetime().nullable(),
});

export const staffUserListResponse = z.object({
  /** The offices the admin may create accounts for: their own, then its grassroots offices. */
  offices: z.array(office),
  items: z.array(staffUser),
});

export function presentStaffUsers(list: {
  offices: { code: string; name: string }[];
  staff: OfficeStaffMember[];
}): z.infer<typeof staffUserListResponse> {
  return {
    offices: list.offices,
    items: list.staff.map((member) => ({
      username: member.username,
      fullName: member.fullName,
      email: member.email,
      role: member.role,
      office: { code: member.officeCode, name: member.officeName },
      createdAt: member.createdAt.toISOString(),
      lockedUntil: member.lockedUntil?.toISOString() ?? null,
    })),
  };
}

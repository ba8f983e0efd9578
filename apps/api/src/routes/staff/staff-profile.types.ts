import { staffRoles } from "@ansinh/domain";
import { z } from "zod";

/** The only staff data that leaves the server: no hashes, secrets or counters. */
export const staffProfileResponse = z.object({
  username: z.string(),
  fullName: z.string(),
  email: z.string(),
  role: z.enum(staffRoles),
  office: z.object({ code: z.string(), name: z.string() }),
});

export function presentStaff(staff: {
  username: string;
  fullName: string;
  email: string;
  role: "reviewer" | "support" | "data_officer" | "admin";
  officeCode: string;
  officeName: string;
}): z.infer<typeof staffProfileResponse> {
  return {
    username: staff.username,
    fullName: staff.fullName,
    email: staff.email,
    role: staff.role,
    office: { code: staff.officeCode, name: staff.officeName },
  };
}

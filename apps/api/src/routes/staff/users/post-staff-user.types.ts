import { staffRoles } from "@ansinh/domain";
import { z } from "zod";
import type { CreatedStaffAccount } from "../../../use-cases/staff/create-staff-account";

const staffRole = z.enum(staffRoles);

/** Checked by the use-case (shared with the CLI), which reports every invalid field in both languages. */
export const createStaffUserBody = z
  .object({
    /** 3–50 characters a-z, 0-9, ".", "_" or "-". */
    username: z.string(),
    fullName: z.string(),
    email: z.string(),
    /** reviewer, support, data_officer or admin. */
    role: z.string(),
    /** The admin's own office or one of its grassroots offices, e.g. BHXH-79 or BHXH-79-02. */
    officeCode: z.string(),
  })
  .strict();

/** Shown once: the server keeps only the password's hash and the secret encrypted. */
export const createdStaffUserResponse = z.object({
  username: z.string(),
  fullName: z.string(),
  role: staffRole,
  officeCode: z.string(),
  initialPassword: z.string(),
  /** Base32, for an authenticator app that cannot read the URI. */
  totpSecret: z.string(),
  /** otpauth://totp/… for a QR code. */
  otpauthUri: z.string(),
});

export function presentCreatedStaffUser(
  account: CreatedStaffAccount,
): z.infer<typeof createdStaffUserResponse> {
  return {
    username: account.username,
    fullName: account.fullName,
    role: account.role,
    officeCode: account.officeCode,
    initialPassword: account.initialPassword,
    totpSecret: account.totpSecret,
    otpauthUri: account.otpauthUri,
  };
}

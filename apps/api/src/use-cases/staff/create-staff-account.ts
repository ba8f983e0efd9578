import { randomBytes } from "node:crypto";
import {
  findStaffOffice,
  findTakenStaffNames,
  insertStaff,
  lockStaffCreation,
  type StaffOffice,
  type StaffProfile,
} from "@ansinh/db";
import { fail, ok, type Parsed, type StaffRole } from "@ansinh/domain";
import { hashPassword } from "../../auth/passwords";
import { requireRole } from "../../auth/staff-roles";
import { newTotpSecret, otpauthUri } from "../../auth/totp";
import { AppError, type FieldProblem } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { collectFields, fieldProblem } from "../registration/validate-registration";
import { parseStaffAccountFields, type StaffAccountRequest } from "./parse-staff-account-fields";

/** Who manages staff accounts: admins, for their own office and its grassroots offices. */
export const STAFF_ACCOUNT_MANAGERS: readonly StaffRole[] = ["admin"];

/** The new account, with what lets its owner sign in: returned once, never stored in clear. */
export interface CreatedStaffAccount extends Omit<StaffProfile, "id"> {
  initialPassword: string;
  /** Base32, for an authenticator app; stored only encrypted with the field cipher. */
  totpSecret: string;
  otpauthUri: string;
}

/**
 * Creates a staff account with a random initial password (argon2id hash stored) and a TOTP secret
 * (stored encrypted). `by` is the admin asking in the console — only for their own office or one of
 * its grassroots offices — or "operator" for `npm run cli -- staff:create`, run by whoever holds the
 * database. Every invalid field is reported at once (400), an office out of reach is a 403, and a
 * username or e-mail another account has is a 409.
 */
export async function createStaffAccount(
  context: Pick<RouteContext, "db" | "cipher">,
  by: StaffProfile | "operator",
  input: StaffAccountRequest,
): Promise<CreatedStaffAccount> {
  if (by !== "operator") requireRole(by, STAFF_ACCOUNT_MANAGERS);
  const parsed = collectFields({
    ...parseStaffAccountFields(input),
    officeCode: await parseOffice(context, input.officeCode),
  });
  if (!parsed.ok) throw invalid(parsed.problems);
  const { officeCode: office, ...account } = parsed.value;
  if (by !== "operator" && office.code !== by.officeCode && office.parentCode !== by.officeCode)
    throw outsideOffice();

  const initialPassword = randomBytes(12).toString("base64url");
  const totpSecret = newTotpSecret();
  const passwordHash = await hashPassword(initialPassword);
  await context.db.transaction(async (tx) => {
    await lockStaffCreation(tx);
    const taken = await findTakenStaffNames(tx, account.username, account.email);
    if (taken.username || taken.email) throw alreadyTaken(taken);
    await insertStaff(tx, {
      ...account,
      officeCode: office.code,
      passwordHash,
      totpSecretCipher: context.cipher.encrypt(totpSecret).toString("base64"),
    });
  });
  return {
    ...account,
    officeCode: office.code,
    officeName: office.name,
    initialPassword,
    totpSecret,
    otpauthUri: otpauthUri(totpSecret, account.username),
  };
}

async function parseOffice(context: Pick<RouteContext, "db">, input: string): Promise<Parsed<StaffOffice>> {
  const code = input.trim().toUpperCase();
  if (code === "")
    return fail("office_code.required", "Vui lòng chọn cơ quan BHXH", "Choose the social insurance office");
  const office = await findStaffOffice(context.db, code);
  return office
    ? ok(office)
    : fail(
        "office_code.unknown",
        "Không có cơ quan BHXH mang mã này (mã có dạng BHXH-79 hoặc BHXH-79-02)",
        "There is no social insurance office with this code (codes look like BHXH-79 or BHXH-79-02)",
      );
}

const invalid = (problems: FieldProblem[]) =>
  new AppError(
    "validation",
    { vi: "Thông tin tài khoản cán bộ chưa hợp lệ", en: "Some of the staff account details are not valid" },
    problems,
  );

const outsideOffice = () =>
  new AppError("forbidden", {
    vi: "Bạn chỉ được tạo tài khoản cho cơ quan của mình và các cơ quan BHXH cơ sở trực thuộc.",
    en: "You may create accounts only for your own office and its grassroots offices.",
  });

function alreadyTaken(taken: { username: boolean; email: boolean }): AppError {
  const problems = [
    ...(taken.username
      ? [
          fieldProblem("username", {
            code: "username.taken",
            vi: "Tên đăng nhập này đã có cán bộ khác dùng",
            en: "Another staff account has this username",
          }),
        ]
      : []),
    ...(taken.email
      ? [
          fieldProblem("email", {
            code: "email.taken",
            vi: "Địa chỉ e-mail này đã được dùng cho một tài khoản cán bộ khác",
            en: "Another staff account has this e-mail address",
          }),
        ]
      : []),
  ];
  return new AppError(
    "conflict",
    {
      vi: "Đã có tài khoản cán bộ với tên đăng nhập hoặc e-mail này.",
      en: "A staff account with this username or e-mail address exists already.",
    },
    problems,
  );
}

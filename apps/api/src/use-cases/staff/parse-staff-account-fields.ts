import { fail, ok, type Parsed, type StaffRole, staffRoles } from "@ansinh/domain";
import { parsePersonName } from "../registration/validate-registration";

/** What is typed for a new account (the CLI's options, the console's form), before any check. */
export interface StaffAccountRequest {
  username: string;
  fullName: string;
  email: string;
  role: string;
  officeCode: string;
}

const USERNAME = /^[a-z0-9._-]{3,50}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL_LENGTH = 254;

/**
 * The fields of a new staff account that are checked without the database, each parsed on its own
 * (the office is looked up by createStaffAccount). The CLI also runs them before it opens a database.
 */
export function parseStaffAccountFields(input: StaffAccountRequest) {
  return {
    username: parseUsername(input.username),
    fullName: parsePersonName(input.fullName, staffName),
    email: parseStaffEmail(input.email),
    role: parseRole(input.role),
  };
}

const staffName = {
  required: { vi: "Vui lòng nhập họ và tên cán bộ", en: "Enter the staff member's full name" },
  format: {
    vi: "Họ và tên chỉ gồm chữ cái và dấu cách, ví dụ Nguyễn Thị Lan",
    en: "The full name may contain only letters and spaces, for example Nguyễn Thị Lan",
  },
};

function parseUsername(input: string): Parsed<string> {
  const username = input.trim();
  if (username === "") return fail("username.required", "Vui lòng nhập tên đăng nhập", "Enter a username");
  return USERNAME.test(username)
    ? ok(username)
    : fail(
        "username.format",
        "Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu a-z, chữ số 0-9, dấu '.', '_' hoặc '-'",
        "The username has 3–50 characters: lower-case letters a-z, digits 0-9, '.', '_' or '-'",
      );
}

function parseStaffEmail(input: string): Parsed<string> {
  const email = input.normalize("NFC").trim();
  if (email === "")
    return fail("email.required", "Vui lòng nhập địa chỉ e-mail công vụ", "Enter a work e-mail address");
  return email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email)
    ? ok(email)
    : fail(
        "email.format",
        "Địa chỉ e-mail không hợp lệ (ví dụ: ten@vss.gov.vn)",
        "The e-mail address is not valid (for example: name@vss.gov.vn)",
      );
}

function parseRole(input: string): Parsed<StaffRole> {
  const role = staffRoles.find((known) => known === input.trim());
  return role
    ? ok(role)
    : fail(
        "role.unknown",
        "Chọn vai trò: cán bộ duyệt hồ sơ, hỗ trợ, quản lý dữ liệu hoặc quản trị",
        "Choose a role: reviewer, support, data officer or admin",
      );
}

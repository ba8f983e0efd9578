import { fieldCipherFor, insertStaff } from "@ansinh/db";
import type { StaffRole } from "@ansinh/domain";
import type { FastifyInstance } from "fastify";
import { hashPassword } from "../auth/passwords";
import { newTotpSecret, stepOf, totpAt } from "../auth/totp";
import type { TestApp } from "./build-test-app";
import { testConfig } from "./build-test-app";
import { ensureReferenceData } from "./person-fixture";

export interface TestStaff {
  username: string;
  password: string;
  secret: string;
  /** A valid code for the current 30-second step (or another step, for replay tests). */
  code(stepOffset?: number): string;
}

/** A real staff account (argon2 hash, encrypted TOTP secret) in the given office. */
export async function createTestStaff(
  t: TestApp,
  username: string,
  officeCode = "BHXH-79",
  role: StaffRole = "reviewer",
): Promise<TestStaff> {
  await ensureReferenceData(t);
  const password = `Mật khẩu ${username} 2026`;
  const secret = newTotpSecret();
  await insertStaff(t.db, {
    username,
    fullName: "Nguyễn Thị Kiểm Thử",
    email: `${username}@vss.example.vn`,
    role,
    officeCode,
    passwordHash: await hashPassword(password),
    totpSecretCipher: fieldCipherFor(testConfig.keys).encrypt(secret).toString("base64"),
  });
  return { username, password, secret, code: (offset = 0) => totpAt(secret, stepOf(Date.now()) + offset) };
}

/** Signs in and returns the session cookie to send with later requests. */
export async function signInAs(app: FastifyInstance, staff: TestStaff, stepOffset = 0): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/staff/login",
    payload: { identifier: staff.username, password: staff.password, code: staff.code(stepOffset) },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "ansinh_staff");
  if (!cookie) throw new Error("no session cookie");
  return `ansinh_staff=${cookie.value}`;
}

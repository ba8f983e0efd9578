import { type Db, fieldCipherFor, findStaffProfile, type StaffProfile, testDatabases } from "@ansinh/db";
import { loadReferenceData } from "@ansinh/db/synthetic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../auth/passwords";
import { AppError } from "../../errors/app-error";
import { testConfig } from "../../testing/build-test-app";
import { createStaffAccount } from "./create-staff-account";
import type { StaffAccountRequest } from "./parse-staff-account-fields";

const cipher = fieldCipherFor(testConfig.keys);
const request = (overrides: Partial<StaffAccountRequest> = {}): StaffAccountRequest => ({
  username: "thu.nguyen",
  fullName: "Nguyễn Thị Thu",
  email: "thu.nguyen@vss.example.vn",
  role: "reviewer",
  officeCode: "BHXH-79-02",
  ...overrides,
});

/** The AppError the call is refused with. */
async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe.each(testDatabases)("createStaffAccount on $kind", (database) => {
  let db: Db;
  const staffOf = (role: StaffProfile["role"], officeCode: string): StaffProfile => ({
    id: "01890000-0000-7000-8000-000000000000",
    username: "someone",
    fullName: "Ai Đó",
    email: "someone@vss.example.vn",
    role,
    officeCode,
    officeName: "",
  });
  beforeAll(async () => {
    db = await database.open();
    await loadReferenceData(db);
  });
  afterAll(() => db.close());

  it("lets the operator (the CLI) create an account for any office, storing only a hash and a cipher", async () => {
    const created = await createStaffAccount({ db, cipher }, "operator", request());
    expect(created).toMatchObject({
      username: "thu.nguyen",
      role: "reviewer",
      officeCode: "BHXH-79-02",
      officeName: "Bảo hiểm xã hội cơ sở Vũng Tàu",
    });
    const [row] = await db.query<{ id: string; passwordHash: string; cipher: string }>(
      `SELECT id, password_hash AS "passwordHash", totp_secret_cipher AS cipher FROM staff_user WHERE username = 'thu.nguyen'`,
    );
    expect(await verifyPassword(row?.passwordHash, created.initialPassword)).toBe(true);
    expect(cipher.decrypt(Buffer.from(row?.cipher ?? "", "base64"))).toBe(created.totpSecret);
    expect(await findStaffProfile(db, row?.id ?? "")).toMatchObject({
      fullName: "Nguyễn Thị Thu",
      email: "thu.nguyen@vss.example.vn",
    });
  });

  it("gives every account its own password and secret", async () => {
    const other = await createStaffAccount(
      { db, cipher },
      "operator",
      request({ username: "thu.khac", email: "thu.khac@vss.example.vn" }),
    );
    const again = await createStaffAccount(
      { db, cipher },
      "operator",
      request({ username: "thu.khac.2", email: "thu.khac.2@vss.example.vn" }),
    );
    expect(other.initialPassword).not.toBe(again.initialPassword);
    expect(other.totpSecret).not.toBe(again.totpSecret);
  });

  it("refuses staff who are not admins before looking at what they typed", async () => {
    const error = await refusal(
      createStaffAccount({ db, cipher }, staffOf("reviewer", "BHXH-79"), request({ role: "" })),
    );
    expect(error.code).toBe("forbidden");
  });

  it("lets an admin reach their office and its grassroots offices only", async () => {
    const admin = staffOf("admin", "BHXH-79");
    const mine = await createStaffAccount(
      { db, cipher },
      admin,
      request({ username: "co.so.79", email: "co.so.79@vss.example.vn", officeCode: "BHXH-79-01" }),
    );
    expect(mine.officeCode).toBe("BHXH-79-01");
    const elsewhere = await refusal(
      createStaffAccount({ db, cipher }, admin, request({ username: "ha.noi", officeCode: "BHXH-01-01" })),
    );
    expect(elsewhere.code).toBe("forbidden");
  });

  it("reports a taken username or e-mail as a conflict, field by field", async () => {
    const error = await refusal(
      createStaffAccount({ db, cipher }, "operator", request({ email: "THU.NGUYEN@vss.example.vn" })),
    );
    expect(error.code).toBe("conflict");
    expect(error.fields.map((field) => field.field)).toEqual(["body.username", "body.email"]);
  });
});

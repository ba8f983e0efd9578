import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepOf, totpAt } from "../../../auth/totp";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { newStaffBody, postStaffUser, staffUsersCookie } from "./staff-users-fixture";

describe.each(testDatabases)("POST /api/staff/users on $kind", (database) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    admin = await staffUsersCookie(t, "admin", "BHXH-01");
  });
  afterAll(() => t.close());

  it("creates an account for the admin's office and shows its password and TOTP secret once", async () => {
    const res = await postStaffUser(t, admin, newStaffBody());
    expect(res.statusCode).toBe(201);
    expect(res.headers["cache-control"]).toBe("no-store");
    const body = res.json();
    expect(body).toEqual({
      username: "lan.nguyen",
      fullName: "Nguyễn Thị Lan",
      role: "reviewer",
      officeCode: "BHXH-01",
      initialPassword: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
      totpSecret: expect.stringMatching(/^[A-Z2-7]{32}$/),
      otpauthUri: `otpauth://totp/AnSinh%3Alan.nguyen?secret=${body.totpSecret}&issuer=AnSinh&algorithm=SHA1&digits=6&period=30`,
    });

    const login = await t.app.inject({
      method: "POST",
      url: "/api/staff/login",
      payload: {
        identifier: "lan.nguyen",
        password: body.initialPassword,
        code: totpAt(body.totpSecret, stepOf(Date.now())),
      },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({
      username: "lan.nguyen",
      email: "lan.nguyen@vss.example.vn",
      role: "reviewer",
      office: { code: "BHXH-01" },
    });
  });

  it("creates for one of the admin's grassroots offices, tidying what was typed", async () => {
    const res = await postStaffUser(
      t,
      admin,
      newStaffBody({
        username: " hotro.dongda ",
        fullName: "  trần   văn  BÌNH ",
        email: " Binh.Tran@VSS.example.vn ",
        role: "support",
        officeCode: "bhxh-01-02",
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: "hotro.dongda",
      fullName: "Trần Văn Bình",
      role: "support",
      officeCode: "BHXH-01-02",
    });
  });

  it("stores neither the password nor the secret in clear", async () => {
    const body = (
      await postStaffUser(t, admin, newStaffBody({ username: "an.toan", email: "an.toan@vss.example.vn" }))
    ).json();
    const [row] = await t.db.query<Record<string, unknown>>(
      "SELECT * FROM staff_user WHERE username = 'an.toan'",
    );
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(body.initialPassword);
    expect(stored).not.toContain(body.totpSecret);
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it("is described in the OpenAPI document", async () => {
    const operation = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json().paths[
      "/api/staff/users"
    ].post;
    expect(Object.keys(operation.requestBody.content["application/json"].schema.properties)).toEqual([
      "username",
      "fullName",
      "email",
      "role",
      "officeCode",
    ]);
    expect(JSON.stringify(operation.responses["201"])).toContain("otpauthUri");
  });
});

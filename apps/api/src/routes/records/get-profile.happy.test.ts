import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen, createTestFamily } from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/me/profile on $kind", (database) => {
  let t: TestApp;
  const profile = async (cookie: string) => {
    const res = await t.app.inject({ method: "GET", url: "/api/me/profile", headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows the registry record, the masked ID number and the account's phone", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    const body = await profile(cookie);
    expect(Date.now() - Date.parse(body.asOf)).toBeLessThan(60_000);
    expect(body).toEqual({
      asOf: body.asOf,
      bhxhNumber: citizen.bhxhNumber,
      fullName: citizen.fullName,
      birthDate: "1992-07-23",
      birthYear: 1992,
      sex: "female",
      nationalIdMasked: `079*******${citizen.nationalId.slice(-2)}`,
      phone: citizen.phone,
      email: null,
      address: { line: citizen.addressLine, commune: citizen.commune, provinceName: "Hồ Chí Minh" },
      household: null,
    });
    expect(body.nationalIdMasked).toHaveLength(12);
  });

  it("lists the household, with the BHXH number only of one's own children under 18", async () => {
    const family = await createTestFamily(t);
    const body = await profile(family.parent.cookie);
    expect(body.household).toEqual({
      code: family.household.code,
      members: [
        { fullName: family.parent.fullName, birthYear: 1992, relation: "head", self: true, bhxhNumber: null },
        expect.objectContaining({ fullName: "Lê Văn Lớn", relation: "child", self: false, bhxhNumber: null }),
        {
          fullName: "Lê Minh Bé",
          birthYear: Number(family.minor.birthDate.slice(0, 4)),
          relation: "child",
          self: false,
          bhxhNumber: family.minor.bhxhNumber,
        },
      ],
    });
  });

  it("does not give a sibling the number of a minor of the household", async () => {
    const family = await createTestFamily(t);
    const body = await profile(family.adult.cookie);
    expect(body.household.members).toHaveLength(3);
    expect(body.household.members.every((m: { bhxhNumber: string | null }) => m.bhxhNumber === null)).toBe(
      true,
    );
    expect(body.household.members.find((m: { self: boolean }) => m.self).fullName).toBe("Lê Văn Lớn");
  });
});

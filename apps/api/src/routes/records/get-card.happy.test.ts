import { testDatabases } from "@ansinh/db";
import { parseCardQr } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import {
  createBareCitizen,
  createRecordsCitizen,
  createTestFamily,
  testFacilities,
} from "../../testing/records-fixture";

describe.each(testDatabases)("GET /api/me/card on $kind", (database) => {
  let t: TestApp;
  const get = async (url: string, cookie: string) => {
    const res = await t.app.inject({ method: "GET", url, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows the card in force (not the one it replaced) with today's level and its holder", async () => {
    const { citizen, known, cookie } = await createRecordsCitizen(t);
    const body = await get("/api/me/card", cookie);
    expect(Date.now() - Date.parse(body.asOf)).toBeLessThan(60_000);
    expect(body.card).toMatchObject({
      cardNumber: citizen.bhxhNumber,
      cardCode: `DN479${citizen.bhxhNumber}`,
      groupCode: "DN",
      groupName: { vi: "Người lao động làm việc trong doanh nghiệp", en: "Employee of an enterprise" },
      printedLevel: 4,
      levelToday: 4,
      percentToday: 80,
      facility: testFacilities.primary,
      validFrom: `${known.cardYear}-01-01`,
      validTo: `${known.cardYear}-12-31`,
      fiveYearsFrom: "2020-01-01",
      issuedOn: `${known.cardYear - 1}-12-20`,
      status: "active",
      statusToday: "valid",
      holder: {
        fullName: citizen.fullName,
        birthDate: "1992-07-23",
        birthYear: 1992,
        sex: "female",
        address: `${citizen.addressLine}, ${citizen.commune}, Hồ Chí Minh`,
      },
    });
    expect(body.card.rules[0].vi).toContain("Mã đối tượng DN");
    expect(body.card.rules[0].en).toContain("Group code DN");
    for (const rule of body.card.rules) expect(Object.keys(rule).sort()).toEqual(["en", "vi"]);
    const qr = parseCardQr(body.card.qr);
    expect(qr.ok && qr.value).toMatchObject({
      number: citizen.bhxhNumber,
      fullName: citizen.fullName,
      birthDate: "23/07/1992",
      sex: "female",
      facilityCode: testFacilities.primary.code,
      validFrom: `${known.cardYear}-01-01`,
      validTo: `${known.cardYear}-12-31`,
      issuedOn: `${known.cardYear - 1}-12-20`,
      fiveYearsFrom: "2020-01-01",
    });
  });

  it("computes the level from the group code and today, not from the printed digit", async () => {
    const family = await createTestFamily(t);
    const { card } = await get("/api/me/card", family.parent.cookie);
    // A near-poor (CN) card printed with level 3 in 2025: CN is level 2 (100 %) since 01/01/2026.
    expect(card).toMatchObject({ groupCode: "CN", printedLevel: 3, levelToday: 2, percentToday: 100 });
    expect(card.rules.map((r: { vi: string }) => r.vi).join(" ")).toContain("thay cho mức 3");
  });

  it("answers card null for a person without a card", async () => {
    const { cookie } = await createBareCitizen(t);
    expect((await get("/api/me/card", cookie)).card).toBeNull();
  });

  it("shows a parent the card of their child under 18 in the same household", async () => {
    const family = await createTestFamily(t);
    const body = await get(`/api/me/children/${family.minor.bhxhNumber}/card`, family.parent.cookie);
    expect(body.card).toMatchObject({
      cardNumber: family.minor.bhxhNumber,
      groupCode: "HS",
      levelToday: 4,
      percentToday: 80,
      holder: { fullName: "Lê Minh Bé" },
    });
  });
});

import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { postLookUp } from "../../testing/look-up-fixture";
import { createTestPerson, type TestPerson } from "../../testing/person-fixture";

describe.each(testDatabases)("POST /api/look-ups/bhxh-number on $kind", (database) => {
  let t: TestApp;
  let hang: TestPerson;
  beforeAll(async () => {
    t = await buildTestApp(database);
    hang = await createTestPerson(t, { fullName: "Trần Thị Thu Hằng", birthDate: "1992-07-23" });
  });
  afterAll(() => t.close());

  const lookUp = (body: Record<string, unknown>) => postLookUp(t, "bhxh-number", body);

  it("finds the number by a name typed without diacritics and the full date of birth", async () => {
    const res = await lookUp({ provinceCode: "79", fullName: "tran thi thu hang", birthDate: "23/07/1992" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      candidates: [{ maskedName: "Trần T** T** H***", birthYear: 1992, bhxhNumber: hang.bhxhNumber }],
    });
  });

  it("finds it by the name with diacritics, in any case and spacing, and the CCCD alone", async () => {
    const res = await lookUp({
      provinceCode: "79",
      fullName: "  TRẦN thị  Thu hằng ",
      nationalId: hang.nationalId,
    });
    expect(res.json().candidates).toEqual([
      { maskedName: "Trần T** T** H***", birthYear: 1992, bhxhNumber: hang.bhxhNumber },
    ]);
  });

  it("shows a record that holds only the year of birth, masked and without its number", async () => {
    const yearOnly = await createTestPerson(t, { fullName: "Lò Văn Páo", birthDate: "1970-01-01" });
    await t.db.query("UPDATE person SET birth_date = NULL WHERE id = $1", [yearOnly.id]);
    const res = await lookUp({ provinceCode: "79", fullName: "Lo Van Pao", birthDate: "14/03/1970" });
    expect(res.json().candidates).toEqual([{ maskedName: "Lò V** P**", birthYear: 1970, bhxhNumber: null }]);
    // The ID number is exact, so it reveals the number of that same record.
    const byId = await lookUp({
      provinceCode: "79",
      fullName: "Lo Van Pao",
      nationalId: yearOnly.nationalId,
    });
    expect(byId.json().candidates).toEqual([
      { maskedName: "Lò V** P**", birthYear: 1970, bhxhNumber: yearOnly.bhxhNumber },
    ]);
  });

  it("lists namesakes born the same day, each with their number, and only in the province asked", async () => {
    const twins = [
      await createTestPerson(t, { fullName: "Phạm Minh Đức", birthDate: "2001-11-05" }),
      await createTestPerson(t, { fullName: "Pham Minh Duc", birthDate: "2001-11-05" }),
    ];
    const res = await lookUp({ provinceCode: "79", fullName: "phạm minh đức", birthDate: "5/11/2001" });
    const numbers = res.json().candidates.map((c: { bhxhNumber: string }) => c.bhxhNumber);
    expect(numbers.sort()).toEqual(twins.map((p) => p.bhxhNumber).sort());
    const elsewhere = await lookUp({
      provinceCode: "01",
      fullName: "phạm minh đức",
      birthDate: "05/11/2001",
    });
    expect(elsewhere.json()).toEqual({ candidates: [] });
  });

  it("accepts empty optional fields as not given", async () => {
    const res = await lookUp({
      provinceCode: "79",
      fullName: "Tran Thi Thu Hang",
      birthDate: "",
      nationalId: hang.nationalId,
    });
    expect(res.json().candidates[0]?.bhxhNumber).toBe(hang.bhxhNumber);
  });
});

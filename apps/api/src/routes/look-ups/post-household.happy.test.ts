import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createTestHousehold } from "../../testing/household-fixture";
import { postLookUp } from "../../testing/look-up-fixture";
import { createTestPerson, type TestPerson } from "../../testing/person-fixture";

describe.each(testDatabases)("POST /api/look-ups/household on $kind", (database) => {
  let t: TestApp;
  let mother: TestPerson;
  let son: TestPerson;
  beforeAll(async () => {
    t = await buildTestApp(database);
    mother = await createTestPerson(t, { fullName: "Trần Thị Bích Ngọc", birthDate: "1980-05-01" });
    son = await createTestPerson(t, { fullName: "Lê Minh Quân", birthDate: "2012-09-09", sex: "male" });
    await createTestHousehold(t, [mother, son]);
  });
  afterAll(() => t.close());

  const members = [
    {
      maskedName: "Trần T** B*** N***",
      birthYear: 1980,
      relation: { vi: "Chủ hộ", en: "Head of household" },
    },
    { maskedName: "Lê M*** Q***", birthYear: 2012, relation: { vi: "Con", en: "Child" } },
  ];

  it("lists the household, masked, the head first, for a member's number and name without diacritics", async () => {
    const res = await postLookUp(t, "household", {
      bhxhNumber: mother.bhxhNumber,
      fullName: "tran thi bich ngoc",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ members });
  });

  it("gives the same household from any member, the number typed with spaces", async () => {
    const spaced = `${son.bhxhNumber.slice(0, 5)} ${son.bhxhNumber.slice(5)}`;
    const res = await postLookUp(t, "household", { bhxhNumber: spaced, fullName: "Lê Minh Quân" });
    expect(res.json()).toEqual({ members });
  });
});

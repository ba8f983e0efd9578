import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createTestHousehold } from "../../testing/household-fixture";
import {
  expectProofOfWorkRefused,
  freshAddress,
  postLookUp,
  solvedProofOfWork,
} from "../../testing/look-up-fixture";
import { createTestPerson, type TestPerson } from "../../testing/person-fixture";

describe.each(testDatabases)("POST /api/look-ups/household security on $kind", (database) => {
  let t: TestApp;
  let head: TestPerson;
  let alone: TestPerson;
  beforeAll(async () => {
    t = await buildTestApp(database);
    head = await createTestPerson(t, { fullName: "Võ Văn Kiệt", birthDate: "1960-01-01", sex: "male" });
    const daughter = await createTestPerson(t, { fullName: "Võ Thị Sáu", birthDate: "1990-01-01" });
    await createTestHousehold(t, [head, daughter]);
    alone = await createTestPerson(t, { fullName: "Hồ Văn Một", birthDate: "1970-01-01", sex: "male" });
  });
  afterAll(() => t.close());

  const lookUp = (body: Record<string, unknown>, options?: { remoteAddress?: string }) =>
    postLookUp(t, "household", body, options);

  it("answers byte for byte the same for a wrong name, an unknown number and a person without a household", async () => {
    const answers = await Promise.all(
      [
        { bhxhNumber: head.bhxhNumber, fullName: "Võ Văn Khác" },
        { bhxhNumber: "7999999999", fullName: "Võ Văn Kiệt" },
        { bhxhNumber: alone.bhxhNumber, fullName: "Hồ Văn Một" },
      ].map((body) => lookUp(body)),
    );
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('{"members":[]}');
    }
  });

  it("never shows a full name or a number of the members", async () => {
    const res = await lookUp({ bhxhNumber: head.bhxhNumber, fullName: "VÕ VĂN KIỆT" });
    expect(res.json().members).toHaveLength(2);
    expect(res.body).not.toMatch(/Kiệt|Sáu|\d{10}/);
    expect(res.headers["set-cookie"]).toBeUndefined();
  });

  it("needs a proof of work, and takes each once", async () => {
    expectProofOfWorkRefused(
      await lookUp({ bhxhNumber: head.bhxhNumber, fullName: "Võ Văn Kiệt", altcha: undefined }),
    );
    const altcha = await solvedProofOfWork(t);
    expect((await lookUp({ bhxhNumber: head.bhxhNumber, fullName: "Võ Văn Kiệt", altcha })).statusCode).toBe(
      200,
    );
    expectProofOfWorkRefused(await lookUp({ bhxhNumber: head.bhxhNumber, fullName: "Võ Văn Kiệt", altcha }));
  });

  it("allows 10 look-ups a minute from one address", async () => {
    const remoteAddress = freshAddress();
    const body = { bhxhNumber: head.bhxhNumber, fullName: "Võ Văn Kiệt" };
    for (let i = 0; i < 10; i++) expect((await lookUp(body, { remoteAddress })).statusCode).toBe(200);
    const limited = await lookUp(body, { remoteAddress });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBeDefined();
  });
});

import { randomUUID } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../../testing/citizen-fixture";
import { helpStaff, petitionCounts, petitionForm, postPetition } from "../../../testing/petition-fixture";
import { createBareCitizen } from "../../../testing/records-fixture";

describe.each(testDatabases)("POST /api/help/petitions security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("needs a citizen session: anonymous, a forged cookie and a staff session get 401 and write nothing", async () => {
    const staff = await helpStaff(t);
    const before = await petitionCounts(t);
    for (const cookie of [undefined, "ansinh_session=forged", staff.cookie]) {
      expect((await postPetition(t, cookie, petitionForm())).statusCode).toBe(401);
    }
    expect(await petitionCounts(t)).toEqual(before);
  });

  it("refuses a citizen still on the temporary password", async () => {
    const cookie = await citizenCookie(t.app, await createTestCitizen(t));
    expect((await postPetition(t, cookie, petitionForm())).statusCode).toBe(403);
  });

  it("never hands another citizen's petition to someone who reuses its submission key", async () => {
    const submissionKey = randomUUID();
    const mine = await postPetition(t, (await createBareCitizen(t)).cookie, petitionForm({ submissionKey }));
    const theirs = await postPetition(
      t,
      (await createBareCitizen(t)).cookie,
      petitionForm({ submissionKey }),
    );
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.json().petition.id).not.toBe(mine.json().petition.id);
    expect(theirs.body).not.toContain(mine.json().petition.number);
  });
});

import { randomUUID } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import { createBareCitizen } from "../../testing/records-fixture";
import { officeStaff, postRequest, reissueBook, writtenCounts } from "./service-request-fixture";

describe.each(testDatabases)("POST /api/service-requests security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("needs a citizen session: anonymous, a forged cookie and a staff session get 401 and write nothing", async () => {
    const staff = await officeStaff(t);
    const before = await writtenCounts(t);
    for (const cookie of [undefined, "ansinh_session=forged", staff.cookie]) {
      const res = await postRequest(t, cookie, { ...reissueBook, submit: true, submissionKey: randomUUID() });
      expect(res.statusCode).toBe(401);
    }
    expect(await writtenCounts(t)).toEqual(before);
  });

  it("refuses a citizen still on the temporary password", async () => {
    const citizen = await createTestCitizen(t);
    const cookie = await citizenCookie(t.app, citizen);
    const res = await postRequest(t, cookie, { ...reissueBook, submit: true, submissionKey: randomUUID() });
    expect(res.statusCode).toBe(403);
  });

  it("never hands another citizen's request to someone who reuses its submission key", async () => {
    const first = await createBareCitizen(t);
    const submissionKey = randomUUID();
    const mine = await postRequest(t, first.cookie, { ...reissueBook, submit: true, submissionKey });
    const other = await createBareCitizen(t);
    const theirs = await postRequest(t, other.cookie, { ...reissueBook, submit: true, submissionKey });
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(theirs.body).not.toContain(mine.json().number);
  });
});

import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { answerPetition, citizenWithPetition, getAs, helpStaff } from "../../../testing/petition-fixture";

describe.each(testDatabases)("GET /api/help/petitions/:id on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("shows the petition, then the office's answer once staff reply", async () => {
    const { cookie, petition } = await citizenWithPetition(t);
    const url = `/api/help/petitions/${petition.id}`;
    const before = await getAs(t, cookie, url);
    expect(before.statusCode).toBe(200);
    expect(before.json().petition).toEqual(petition);
    const staff = await helpStaff(t);
    const reply = "Cơ quan BHXH đã chi trả chế độ thai sản vào tài khoản của bạn ngày hôm qua.";
    expect((await answerPetition(t, staff.cookie, petition.id, { reply })).statusCode).toBe(200);
    const after = (await getAs(t, cookie, url)).json().petition;
    expect(after).toMatchObject({ status: "answered", reply, repliedAt: expect.any(String) });
    expect(JSON.stringify(after)).not.toContain("Phạm Thị Hỗ Trợ");
  });
});

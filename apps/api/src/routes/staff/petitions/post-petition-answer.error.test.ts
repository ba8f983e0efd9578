import { testDatabases } from "@ansinh/db";
import { helpTextLimits } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import {
  answerPetition,
  citizenWithPetition,
  helpStaff,
  petitionCounts,
} from "../../../testing/petition-fixture";
import { expectFieldErrors } from "../../../testing/problem-assertions";

describe.each(testDatabases)("POST /api/staff/petitions/:id/answer refusals on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("refuses a second answer (409): the first stays, and the citizen is told once", async () => {
    const { petition } = await citizenWithPetition(t);
    const staff = await helpStaff(t);
    expect((await answerPetition(t, staff.cookie, petition.id, { reply: "Lần một." })).statusCode).toBe(200);
    const before = await petitionCounts(t);
    const again = await answerPetition(t, (await helpStaff(t)).cookie, petition.id, { reply: "Lần hai." });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail.en).toContain(petition.number);
    expect(await petitionCounts(t)).toEqual(before);
    const [row] = await t.db.query<{ reply: string }>("SELECT reply FROM petition WHERE id = $1", [
      petition.id,
    ]);
    expect(row?.reply).toBe("Lần một.");
  });

  it("refuses an empty or too long reply on its field, changing nothing", async () => {
    const { petition } = await citizenWithPetition(t);
    const staff = await helpStaff(t);
    const before = await petitionCounts(t);
    expectFieldErrors(await answerPetition(t, staff.cookie, petition.id, { reply: "   " }), [
      {
        field: "body.reply",
        code: "too_small",
        vi: "Vui lòng nhập câu trả lời",
        en: "Please write the answer",
      },
    ]);
    expectFieldErrors(
      await answerPetition(t, staff.cookie, petition.id, {
        reply: "a".repeat(helpTextLimits.petitionReply + 1),
      }),
      [
        {
          field: "body.reply",
          code: "too_big",
          vi: `Câu trả lời dài tối đa ${helpTextLimits.petitionReply} ký tự`,
          en: `The answer may be at most ${helpTextLimits.petitionReply} characters long`,
        },
      ],
    );
    const missing = await answerPetition(t, staff.cookie, petition.id, {});
    expect(missing.statusCode).toBe(400);
    expect(await petitionCounts(t)).toEqual(before);
  });
});

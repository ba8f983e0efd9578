import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import {
  answerPetition,
  citizenWithPetition,
  getAs,
  helpStaff,
  takePetition,
} from "../../../testing/petition-fixture";
import { smsTo } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("POST /api/staff/petitions/:id/answer on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("take → answer: the citizen is notified in the app and by SMS, and reads the reply", async () => {
    const { citizen, cookie, petition } = await citizenWithPetition(t);
    const staff = await helpStaff(t);
    expect((await takePetition(t, staff.cookie, petition.id)).statusCode).toBe(200);
    const reply = ` ${"Cơ quan BHXH đã nhận hồ sơ và sẽ chi trả trong tháng này.".normalize("NFD")} `;
    const res = await answerPetition(t, staff.cookie, petition.id, { reply });
    expect(res.statusCode).toBe(200);
    const expected = "Cơ quan BHXH đã nhận hồ sơ và sẽ chi trả trong tháng này.";
    expect(res.json().petition).toMatchObject({
      status: "answered",
      reply: expected,
      repliedAt: expect.any(String),
      repliedByName: "Phạm Thị Hỗ Trợ",
      assignedStaff: { id: staff.id, name: "Phạm Thị Hỗ Trợ" },
    });

    const sms = await smsTo(t, citizen.phone);
    expect(sms).toHaveLength(2);
    expect(sms[1]).toContain(petition.number);
    expect(sms[1]).not.toContain("chi tra");
    const notifications = await t.db.query<{ requestId: string | null; titleVi: string; titleEn: string }>(
      `SELECT request_id AS "requestId", title_vi AS "titleVi", title_en AS "titleEn"
         FROM citizen_notification WHERE person_id = $1`,
      [citizen.id],
    );
    expect(notifications).toEqual([
      {
        requestId: null,
        titleVi: `Phản ánh, kiến nghị ${petition.number} đã được trả lời`,
        titleEn: `Petition ${petition.number} has been answered`,
      },
    ]);
    const centre = await getAs(t, cookie, "/api/notifications");
    expect(centre.statusCode).toBe(200);
    // The notification opens the petition it is about.
    expect(centre.json().items).toEqual([
      expect.objectContaining({
        requestId: null,
        petitionId: petition.id,
        title: {
          vi: `Phản ánh, kiến nghị ${petition.number} đã được trả lời`,
          en: `Petition ${petition.number} has been answered`,
        },
      }),
    ]);

    const seen = (await getAs(t, cookie, `/api/help/petitions/${petition.id}`)).json().petition;
    expect(seen).toMatchObject({ status: "answered", reply: expected });
  });

  it("answers a petition nobody took: the one who answers holds it", async () => {
    const { petition } = await citizenWithPetition(t);
    const staff = await helpStaff(t, "admin");
    const res = await answerPetition(t, staff.cookie, petition.id, { reply: "Đã xử lý xong." });
    expect(res.json().petition.assignedStaff.id).toBe(staff.id);
  });
});

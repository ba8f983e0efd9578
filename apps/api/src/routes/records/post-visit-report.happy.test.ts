import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createRecordsCitizen, type KnownRecords } from "../../testing/records-fixture";

describe.each(testDatabases)("POST /api/me/visits/:visitId/report on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  let known: KnownRecords;
  let personId: string;
  const report = (visitId: string, payload?: object) =>
    t.app.inject({
      method: "POST",
      url: `/api/me/visits/${visitId}/report`,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    });
  const stored = (visitId: string) =>
    t.db.query<{ reference: string; note: string | null; status: string; provinceCode: string }>(
      `SELECT reference, note, status, province_code AS "provinceCode" FROM visit_report
        WHERE person_id = $1 AND visit_id = $2`,
      [personId, visitId],
    );
  beforeAll(async () => {
    t = await buildTestApp(database);
    const made = await createRecordsCitizen(t);
    ({ cookie, known } = made);
    personId = made.citizen.id;
  });
  afterAll(() => t.close());

  it("files a report with the note, routed to the person's province, and answers its reference", async () => {
    const res = await report(known.visits["K35.8"], { note: "  Tôi không nằm viện ngày này.  " });
    expect(res.statusCode).toBe(201);
    const { reference } = res.json();
    expect(reference).toMatch(/^PA\d{6}\d{8}$/);
    expect(await stored(known.visits["K35.8"])).toEqual([
      { reference, note: "Tôi không nằm viện ngày này.", status: "received", provinceCode: "79" },
    ]);
  });

  it("keeps the line breaks and tabs of a note over several lines, Windows line breaks as line feeds", async () => {
    const res = await report(known.visits["J02.9"], {
      note: "Tôi ở Hà Nội ngày này.\r\nXin kiểm tra:\n\t- giấy tờ",
    });
    expect(res.statusCode).toBe(201);
    expect((await stored(known.visits["J02.9"]))[0]?.note).toBe(
      "Tôi ở Hà Nội ngày này.\nXin kiểm tra:\n\t- giấy tờ",
    );
  });

  it("answers the same reference with 200 when the visit is reported again", async () => {
    const first = await report(known.visits["M54.5"]);
    expect(first.statusCode).toBe(201);
    const again = await report(known.visits["M54.5"], { note: "Lần nữa" });
    expect(again.statusCode).toBe(200);
    expect(again.json().reference).toBe(first.json().reference);
    const rows = await stored(known.visits["M54.5"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.note).toBeNull();
  });

  it("files one report when two arrive together", async () => {
    const [a, b] = await Promise.all([report(known.visits.R51), report(known.visits.R51)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().reference).toBe(b.json().reference);
    expect(await stored(known.visits.R51)).toHaveLength(1);
  });
});

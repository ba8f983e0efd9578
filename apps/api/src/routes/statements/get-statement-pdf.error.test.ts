import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../statements/testing/read-pdf";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { createBareCitizen } from "../../testing/records-fixture";
import { getStatementPdf } from "./statement-test-steps";

describe.each(testDatabases)("GET /api/me/statement.pdf edge cases on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("says plainly that nothing is recorded yet, for a person with no period", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    const res = await getStatementPdf(t.app, cookie);
    expect(res.statusCode).toBe(200);
    const { text } = readPdf(res.rawPayload);
    expect(text).toContain(`Mã số BHXH: ${citizen.bhxhNumber}`);
    expect(text).toContain("(Chưa có tháng nào được chốt)");
    expect(text).toContain("Chưa có quá trình tham gia bảo hiểm nào được ghi nhận.");
    expect(text).not.toContain("1. Bảo hiểm");
  });

  it("prints the year alone when the registry has no birth date, and a dash for no ID number", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    await t.db.query(
      `UPDATE person SET birth_date = NULL, national_id_kind = NULL, national_id_cipher = NULL,
         national_id_index = NULL WHERE id = $1`,
      [citizen.id],
    );
    const { text } = readPdf((await getStatementPdf(t.app, cookie)).rawPayload);
    expect(text).toContain("Năm sinh: 1992");
    expect(text).toContain("Số CCCD: —");
  });

  it("keeps a name written with decomposed marks whole", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    const decomposed = "Đặng Thị Ngọc Ánh".normalize("NFD");
    await t.db.query("UPDATE person SET full_name = $2 WHERE id = $1", [citizen.id, decomposed]);
    const { text } = readPdf((await getStatementPdf(t.app, cookie)).rawPayload);
    expect(text).toContain("Họ và tên: Đặng Thị Ngọc Ánh");
    expect(text).not.toContain("\uFFFD");
  });

  it("answers a forged or ended session with 401 problem+json", async () => {
    for (const cookie of ["ansinh_session=forged", "ansinh_session="]) {
      const res = await getStatementPdf(t.app, cookie);
      expect(res.statusCode).toBe(401);
      expect(res.headers["content-type"]).toContain("application/problem+json");
    }
    const { cookie } = await createBareCitizen(t);
    await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expect((await getStatementPdf(t.app, cookie)).statusCode).toBe(401);
  });
});

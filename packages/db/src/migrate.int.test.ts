import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./create-db";
import { migrate, migrationState } from "./migrate";
import { testDatabases } from "./testing/test-databases";

describe.each(testDatabases)("migrations on $kind", ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());

  it("records every migration and is a no-op when run again", async () => {
    const before = await migrationState(db);
    expect(before.applied).toBeGreaterThanOrEqual(2);
    expect(await migrate(db)).toEqual(before);
  });

  it("creates the core tables with the Vietnamese search extensions", async () => {
    const tables = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    const names = tables.map((t) => t.table_name);
    for (const table of [
      "person",
      "participation_period",
      "health_insurance_card",
      "medical_visit",
      "outbox",
    ]) {
      expect(names).toContain(table);
    }
    const [folded] = await db.query<{ v: string }>("SELECT unaccent('Nguyễn Thị Đào') AS v");
    expect(folded?.v).toBe("Nguyen Thi Dao");
    const [similar] = await db.query<{ s: number }>(
      "SELECT similarity('nguyen van an', 'nguyen van anh') AS s",
    );
    expect(similar?.s).toBeGreaterThan(0.5);
  });

  it("refuses rows the application never writes", async () => {
    const person = "0190a3b0-0000-7000-8000-000000000001";
    await db.query(
      `INSERT INTO person (id, bhxh_number, full_name, name_folded, birth_year, sex, province_code, commune, address_line, origin_province_code)
       VALUES ($1, '7900000001', 'Lê Văn Tám', 'le van tam', 1990, 'male', '79', 'Phường Bến Thành', 'Số 1', '79')`,
      [person],
    );
    const visit = (fund: number, patient: number) =>
      db.query(
        `INSERT INTO medical_visit (person_id, id, facility_code, kind, admitted_at, discharged_at, main_diagnosis, total_cost, fund_paid, patient_paid)
         VALUES ($1, gen_random_uuid(), '79001', 'outpatient', '2026-01-05T08:00:00Z', '2026-01-05T10:00:00Z', 'J00', 500000, $2, $3)`,
        [person, fund, patient],
      );
    await expect(visit(400_000, 99_000)).rejects.toThrow(/visit_cost_split_check/);
    await visit(400_000, 100_000);
    await expect(db.query("UPDATE person SET sex = 'unknown' WHERE id = $1", [person])).rejects.toThrow(
      /person_sex_check/,
    );
    await expect(
      db.query("UPDATE person SET birth_date = '1991-05-01' WHERE id = $1", [person]),
    ).rejects.toThrow(/person_birth_check/);
  });

  it("rolls a failed transaction back completely", async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.exec("CREATE TABLE rollback_probe (id int)");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const rows = await db.query(
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'rollback_probe'",
    );
    expect(rows).toHaveLength(0);
  });

  it("loads COPY text, escapes included", async () => {
    await db.exec("CREATE TEMP TABLE copy_probe (name text, note text)");
    await db.copyIn("copy_probe", ["name", "note"], "Trần\\tThị\t\\N\n");
    const rows = await db.query<{ name: string; note: string | null }>("SELECT name, note FROM copy_probe");
    expect(rows).toEqual([{ name: "Trần\tThị", note: null }]);
  });
});

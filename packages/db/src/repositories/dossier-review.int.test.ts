import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../create-db";
import { loadReferenceData } from "../synthetic/reference-data";
import { testDatabases } from "../testing/test-databases";
import { uuidv7 } from "../uuidv7";
import { logStaffAccess } from "./access-log";
import {
  decideDossier,
  findOfficeDossier,
  findOfficeDossierState,
  insertCitizenAccount,
  listDossierEvents,
  listOfficeDossiers,
} from "./dossier-review";
import { insertStaff } from "./staff-users";

let serial = 0;

async function person(db: Db): Promise<string> {
  const id = uuidv7();
  serial += 1;
  await db.query(
    `INSERT INTO person (id, bhxh_number, full_name, name_folded, birth_year, sex, province_code, commune,
       address_line, origin_province_code)
     VALUES ($1, $2, 'Ngô Thị Kho', 'ngo thi kho', 1988, 'female', '79', 'Phường Sài Gòn', '1 Hàm Nghi', '79')`,
    [id, `79${String(serial).padStart(8, "0")}`],
  );
  return id;
}

async function dossier(
  db: Db,
  officeCode: string,
  minutesAgo: number,
): Promise<{ id: string; personId: string }> {
  const id = uuidv7();
  const personId = await person(db);
  await db.query(
    `INSERT INTO account_dossier (id, number, kind, person_id, office_code, phone, submission_id, submitted_at)
     VALUES ($1, $2, 'self', $3, $4, '0912345678', $5, now() - make_interval(mins => $6))`,
    [id, `HS-DB-${id.slice(-8)}`, personId, officeCode, uuidv7(), minutesAgo],
  );
  return { id, personId };
}

describe.each(testDatabases)("dossier review repository on $kind", (database) => {
  let db: Db;
  let staffId: string;
  beforeAll(async () => {
    db = await database.open();
    await loadReferenceData(db);
    staffId = await insertStaff(db, {
      username: "kho.du.lieu",
      fullName: "Ngô Văn Kho",
      email: "kho@vss.example.vn",
      role: "reviewer",
      officeCode: "BHXH-79",
      passwordHash: "x",
      totpSecretCipher: "x",
    });
  });
  afterAll(() => db.close());

  it("pages an office's pending queue oldest first and counts it", async () => {
    const late = await dossier(db, "BHXH-79", 10);
    const early = await dossier(db, "BHXH-79", 100);
    await dossier(db, "BHXH-01", 1000);
    const page = await listOfficeDossiers(db, {
      officeCode: "BHXH-79",
      status: "pending",
      limit: 1,
      offset: 0,
    });
    expect(page.total).toBe(2);
    expect(page.items.map((d) => d.id)).toEqual([early.id]);
    expect(page.items[0]?.waitingMinutes).toBeGreaterThanOrEqual(100);
    const rest = await listOfficeDossiers(db, {
      officeCode: "BHXH-79",
      status: "pending",
      limit: 5,
      offset: 1,
    });
    expect(rest.items.map((d) => d.id)).toEqual([late.id]);
  });

  it("decides a pending dossier of the office once, records the event, and finds nothing elsewhere", async () => {
    const d = await dossier(db, "BHXH-79", 5);
    expect(await findOfficeDossier(db, d.id, "BHXH-01")).toBeUndefined();
    const other = await db.transaction((tx) =>
      decideDossier(tx, { id: d.id, officeCode: "BHXH-01", staffId, decision: { status: "approved" } }),
    );
    expect(other).toBeUndefined();
    const decision = { status: "rejected", reason: "other", note: "Ghi chú" } as const;
    const first = await db.transaction((tx) =>
      decideDossier(tx, { id: d.id, officeCode: "BHXH-79", staffId, decision }),
    );
    expect(first).toMatchObject({ id: d.id, personId: d.personId, phone: "0912345678", kind: "self" });
    expect(first?.bhxhNumber).toMatch(/^79\d{8}$/);
    const again = await db.transaction((tx) =>
      decideDossier(tx, { id: d.id, officeCode: "BHXH-79", staffId, decision }),
    );
    expect(again).toBeUndefined();
    expect(await findOfficeDossierState(db, d.id, "BHXH-79")).toMatchObject({ status: "rejected" });
    expect(await listDossierEvents(db, d.id)).toEqual([
      {
        at: first?.decidedAt,
        action: "rejected",
        staffName: "Ngô Văn Kho",
        reason: "other",
        note: "Ghi chú",
      },
    ]);
  });

  it("creates a citizen account once per person", async () => {
    const personId = await person(db);
    expect(await insertCitizenAccount(db, { personId, passwordHash: "h1", phone: "0912345678" })).toBe(true);
    expect(await insertCitizenAccount(db, { personId, passwordHash: "h2", phone: "0912345678" })).toBe(false);
    const [row] = await db.query<{ hash: string; must: boolean }>(
      `SELECT password_hash AS hash, must_change_password AS must FROM citizen_account WHERE person_id = $1`,
      [personId],
    );
    expect(row).toEqual({ hash: "h1", must: true });
  });

  it("writes access-log rows keyed by person", async () => {
    const personId = await person(db);
    await logStaffAccess(db, {
      personId,
      staffId,
      officeCode: "BHXH-79",
      what: "dossier",
      why: "Duyệt hồ sơ đăng ký tài khoản HS1",
      requestId: "r-1",
    });
    expect(await db.query("SELECT what, why FROM staff_access_log WHERE person_id = $1", [personId])).toEqual(
      [{ what: "dossier", why: "Duyệt hồ sơ đăng ký tài khoản HS1" }],
    );
  });

  // PGlite runs one transaction at a time, so only PostgreSQL can show two of them meeting.
  it.runIf(database.kind === "postgres")(
    "lets only the first of two concurrent decisions through: the second waits, then finds it decided",
    async () => {
      const d = await dossier(db, "BHXH-79", 5);
      const input = { id: d.id, officeCode: "BHXH-79", staffId, decision: { status: "approved" } } as const;
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstDecided: () => void = () => {};
      const decidedOnce = new Promise<void>((resolve) => {
        firstDecided = resolve;
      });
      const first = db.transaction(async (tx) => {
        const row = await decideDossier(tx, input);
        firstDecided();
        await held;
        return row;
      });
      await decidedOnce;
      const second = db.transaction((tx) => decideDossier(tx, input));
      // The second UPDATE is blocked on the row lock until the first commits.
      await new Promise((resolve) => setTimeout(resolve, 100));
      release();
      expect(await first).toBeDefined();
      expect(await second).toBeUndefined();
      expect(await listDossierEvents(db, d.id)).toHaveLength(1);
    },
  );
});

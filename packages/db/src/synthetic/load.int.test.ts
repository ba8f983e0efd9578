import {
  ageOn,
  checkCccdConsistency,
  contributionCapsAt,
  contributionFloorsAt,
  parseCardCode15,
  parseTaxCode,
  type Region,
} from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../create-db";
import { createFieldCipher, parseFieldKeys } from "../crypto/field-cipher";
import { testDatabases } from "../testing/test-databases";
import { demoPersons } from "./demo-world";
import { loadDemoWorld, loadPopulation } from "./load";
import { loadReferenceData } from "./reference-data";

const keys = { fieldEncryption: `1:${Buffer.alloc(32, 7).toString("base64")}`, blindIndex: "dGVzdA==" };
const cipher = createFieldCipher(parseFieldKeys(keys.fieldEncryption, keys.blindIndex));
const asOf = "2026-11-25";

describe.each(testDatabases)("synthetic population on $kind", ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await loadReferenceData(db);
    await loadDemoWorld(db, { persons: 400, keys, asOf });
  }, 120_000);
  afterAll(() => db.close());

  it("gives every person a national ID that agrees with their birth year and sex", async () => {
    const persons = await db.query<{
      birth_year: number;
      sex: "male" | "female";
      national_id_kind: string;
      national_id_cipher: Uint8Array;
    }>("SELECT birth_year, sex, national_id_kind, national_id_cipher FROM person");
    expect(persons.length).toBeGreaterThanOrEqual(400);
    for (const p of persons.filter((p) => p.national_id_kind === "cccd")) {
      expect(
        checkCccdConsistency(cipher.decrypt(p.national_id_cipher), { birthYear: p.birth_year, sex: p.sex }),
      ).toEqual([]);
    }
  });

  it("keeps every salary base between the floor and the cap of its first month", async () => {
    const periods = await db.query<{
      from_month: string;
      salary_base: number;
      wage_region: Region;
      scheme: string;
    }>(
      `SELECT to_char(p.from_month, 'YYYY-MM-DD') AS from_month, p.salary_base::int AS salary_base, e.wage_region, p.scheme
       FROM participation_period p JOIN employer e ON e.id = p.employer_id`,
    );
    expect(periods.length).toBeGreaterThan(1000);
    for (const p of periods) {
      const group = p.scheme === "unemployment" ? "unemployment" : "socialAndHealth";
      expect(p.salary_base).toBeGreaterThanOrEqual(contributionFloorsAt(p.from_month, p.wage_region)[group]);
      expect(p.salary_base).toBeLessThanOrEqual(contributionCapsAt(p.from_month, p.wage_region)[group]);
    }
  });

  it("records periods in every scheme, with arrears among them", async () => {
    const rows = await db.query<{ scheme: string; status: string }>(
      "SELECT DISTINCT scheme, status FROM participation_period ORDER BY scheme, status",
    );
    const schemes = new Set(rows.map((r) => r.scheme));
    expect([...schemes].sort()).toEqual([
      "bhxh_compulsory",
      "bhxh_voluntary",
      "health_insurance",
      "occupational_accident",
      "unemployment",
    ]);
    expect(rows).toContainEqual({ scheme: "bhxh_compulsory", status: "unpaid" });
  });

  it("pays every kind of benefit a career leads to", async () => {
    const kinds = await db.query<{ kind: string }>("SELECT DISTINCT kind FROM benefit_payment ORDER BY kind");
    expect(kinds.map((k) => k.kind)).toEqual([
      "maternity",
      "one_time",
      "pension",
      "sickness",
      "unemployment",
    ]);
  });

  it("charges voluntary participants 22 % of their income less the State support", async () => {
    const [wrong] = await db.query<{ n: number; total: number }>(
      `SELECT count(*) FILTER (WHERE employee_amount + employer_amount <> round(salary_base * 0.22))::int AS n, count(*)::int AS total
       FROM participation_period WHERE scheme = 'bhxh_voluntary'`,
    );
    expect(wrong?.total).toBeGreaterThan(0);
    expect(wrong?.n).toBe(0);
  });

  it("issues cards whose code parses and whose group fits the holder", async () => {
    const cards = await db.query<{
      card_code: string;
      group_code: string;
      birth_date: string | null;
      birth_year: number;
    }>(
      `SELECT c.card_code, c.group_code, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.birth_year
       FROM health_insurance_card c JOIN person p ON p.id = c.person_id`,
    );
    for (const card of cards) {
      expect(parseCardCode15(card.card_code).ok).toBe(true);
      const age = ageOn(
        card.birth_date
          ? {
              year: card.birth_year,
              month: Number(card.birth_date.slice(5, 7)),
              day: Number(card.birth_date.slice(8)),
            }
          : { year: card.birth_year },
        asOf,
      );
      if (card.group_code === "TE") expect(age).toBeLessThan(6);
      if (card.group_code === "HS") expect(age).toBeLessThan(18);
      if (age < 6) expect(card.group_code).toBe("TE");
    }
  });

  it("splits every visit's cost exactly between the fund and the patient", async () => {
    const [wrong] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM medical_visit WHERE fund_paid + patient_paid <> total_cost OR fund_paid < 0 OR patient_paid < 0",
    );
    expect(wrong?.n).toBe(0);
  });

  it("gives employers valid-format tax codes", async () => {
    const employers = await db.query<{ tax_code: string }>("SELECT tax_code FROM employer");
    for (const e of employers) expect(parseTaxCode(e.tax_code).ok).toBe(true);
  });

  it("loads the demo citizen with a rich history", async () => {
    const [an] = await db.query<{ employers: number; unpaid: number; benefits: number; visits: number }>(
      `SELECT
         (SELECT count(DISTINCT employer_id)::int FROM participation_period WHERE person_id = p.id) AS employers,
         (SELECT count(*)::int FROM participation_period WHERE person_id = p.id AND status = 'unpaid') AS unpaid,
         (SELECT count(*)::int FROM benefit_payment WHERE person_id = p.id) AS benefits,
         (SELECT count(*)::int FROM medical_visit WHERE person_id = p.id) AS visits
       FROM person p WHERE bhxh_number = $1`,
      [demoPersons.richHistory.bhxhNumber],
    );
    expect(an).toEqual({ employers: 4, unpaid: 4, benefits: 2, visits: 5 });
  });

  it("puts the demo child in the parent's household", async () => {
    const rows = await db.query<{ bhxh_number: string; relation_to_head: string }>(
      `SELECT bhxh_number, relation_to_head FROM person WHERE household_id =
         (SELECT household_id FROM person WHERE bhxh_number = $1) ORDER BY bhxh_number`,
      [demoPersons.parent.bhxhNumber],
    );
    expect(rows).toEqual([
      { bhxh_number: demoPersons.parent.bhxhNumber, relation_to_head: "head" },
      { bhxh_number: demoPersons.child.bhxhNumber, relation_to_head: "child" },
    ]);
  });
});

describe("determinism", () => {
  it("generates the same people for the same seed and day, and others for another seed", async () => {
    const names = async (seed: string) => {
      const pglite = testDatabases[0];
      if (!pglite) throw new Error("no PGlite");
      const db = await pglite.open();
      try {
        await loadReferenceData(db);
        await loadPopulation(db, { persons: 60, seed, asOf, keys });
        return (
          await db.query<{ v: string }>(
            "SELECT bhxh_number || full_name || coalesce(birth_date::text, '') AS v FROM person ORDER BY bhxh_number",
          )
        ).map((r) => r.v);
      } finally {
        await db.close();
      }
    };
    const first = await names("s1");
    expect(await names("s1")).toEqual(first);
    expect(await names("s2")).not.toEqual(first);
  }, 60_000);
});

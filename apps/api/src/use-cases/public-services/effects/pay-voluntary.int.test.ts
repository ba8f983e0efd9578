import { type Db, fieldCipherFor, findServiceRequest, testDatabases, uuidv7 } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  insertHouseholdCard,
  insertServiceRequest,
  voluntaryContribution,
} from "../../../routes/payments/payment-test-steps";
import { testConfig } from "../../../testing/build-test-app";
import { createTestPerson } from "../../../testing/person-fixture";
import { paymentAmount } from "../../payments/paid-cover";
import { payVoluntary } from "./pay-voluntary";

const today = "2026-11-26";

describe.each(testDatabases)("voluntary BHXH payment on $kind", (database) => {
  let db: Db;
  const context = () => ({ db, cipher: fieldCipherFor(testConfig.keys) });
  beforeAll(async () => {
    db = await database.open();
  });
  afterAll(() => db.close());

  async function pay(personId: string, income: number, months: number) {
    const { id } = await insertServiceRequest({ db }, personId, voluntaryContribution(income, months));
    const request = await findServiceRequest(db, personId, id);
    if (!request) throw new Error("request not written");
    const amount = await paymentAmount(db, request, today);
    await db.transaction((tx) => payVoluntary(tx, context(), request, { amount }, today));
    return amount;
  }

  const periodsOf = (personId: string) =>
    db.query(
      `SELECT to_char(from_month, 'YYYY-MM') AS "from", to_char(to_month, 'YYYY-MM') AS "to",
              salary_base::float8 AS income, employee_rate AS rate, employee_amount::float8 AS pays,
              employer_amount::float8 AS support, status
       FROM participation_period WHERE person_id = $1 AND scheme = 'bhxh_voluntary' ORDER BY from_month`,
      [personId],
    );

  it("enters the months paid, from this month, at 22 % less the general State support", async () => {
    const person = await createTestPerson({ db });
    // 22 % of 1,500,000 = 330,000; others get 20 % of that from the State (66,000).
    expect(await pay(person.id, 1_500_000, 3)).toBe(3 * 264_000);
    expect(await periodsOf(person.id)).toEqual([
      {
        from: "2026-11",
        to: "2027-01",
        income: 1_500_000,
        rate: "22.000",
        pays: 264_000,
        support: 66_000,
        status: "paid",
      },
    ]);
  });

  it("gives a poor household's member (card group HN) the 50 % support, and follows the months already paid", async () => {
    const person = await createTestPerson({ db });
    await insertHouseholdCard({ db }, person, { validTo: "2027-12-31", groupCode: "HN" });
    expect(await pay(person.id, 1_500_000, 1)).toBe(165_000);
    expect(await pay(person.id, 3_000_000, 1)).toBe(660_000 - 165_000);
    expect(await periodsOf(person.id)).toEqual([
      {
        from: "2026-11",
        to: "2026-11",
        income: 1_500_000,
        rate: "22.000",
        pays: 165_000,
        support: 165_000,
        status: "paid",
      },
      {
        from: "2026-12",
        to: "2026-12",
        income: 3_000_000,
        rate: "22.000",
        pays: 495_000,
        support: 165_000,
        status: "paid",
      },
    ]);
  });

  it("stops the State support after 120 supported months", async () => {
    const person = await createTestPerson({ db });
    // 119 months already supported, 2016-12 to 2026-10.
    await db.query(
      `INSERT INTO participation_period (person_id, id, scheme, from_month, to_month, salary_base, employee_rate,
         employer_rate, employee_amount, employer_amount, status)
       VALUES ($1, $2, 'bhxh_voluntary', '2016-12-01', '2026-10-01', 1500000, '22.000', '0.000', 264000, 66000, 'paid')`,
      [person.id, uuidv7()],
    );
    expect(await pay(person.id, 1_500_000, 3)).toBe(264_000 + 2 * 330_000);
    expect((await periodsOf(person.id)).slice(1)).toEqual([
      {
        from: "2026-11",
        to: "2026-11",
        income: 1_500_000,
        rate: "22.000",
        pays: 264_000,
        support: 66_000,
        status: "paid",
      },
      {
        from: "2026-12",
        to: "2027-01",
        income: 1_500_000,
        rate: "22.000",
        pays: 330_000,
        support: 0,
        status: "paid",
      },
    ]);
  });

  it("refuses to price an income the law no longer allows", async () => {
    const person = await createTestPerson({ db });
    const { id } = await insertServiceRequest({ db }, person.id, voluntaryContribution(1_000, 3));
    const request = await findServiceRequest(db, person.id, id);
    if (!request) throw new Error("request not written");
    await expect(paymentAmount(db, request, today)).rejects.toMatchObject({ code: "conflict" });
  });
});

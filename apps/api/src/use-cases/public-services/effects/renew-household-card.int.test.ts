import { type Db, fieldCipherFor, findServiceRequest, testDatabases } from "@ansinh/db";
import { householdRenewalQuote } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cardEnds,
  createCardedHousehold,
  householdRenewal,
  insertHouseholdCard,
  insertServiceRequest,
} from "../../../routes/payments/payment-test-steps";
import { testConfig } from "../../../testing/build-test-app";
import { createTestPerson } from "../../../testing/person-fixture";
import { paymentAmount } from "../../payments/paid-cover";
import { renewHouseholdCard } from "./renew-household-card";

const today = "2026-11-26";

describe.each(testDatabases)("household card renewal on $kind", (database) => {
  let db: Db;
  const context = () => ({ db, cipher: fieldCipherFor(testConfig.keys) });
  beforeAll(async () => {
    db = await database.open();
  });
  afterAll(() => db.close());

  async function renewalRequest(personId: string, months: number) {
    const { id } = await insertServiceRequest({ db }, personId, householdRenewal(months));
    const request = await findServiceRequest(db, personId, id);
    if (!request) throw new Error("request not written");
    return request;
  }

  it("extends every household member's card by the months, a lapsed one from today", async () => {
    const person = await createTestPerson({ db });
    const [, running, lapsed] = await createCardedHousehold({ db }, person, {
      others: 2,
      validTo: "2026-12-31",
    });
    if (!running || !lapsed) throw new Error("household not made");
    await db.query(
      "UPDATE health_insurance_card SET valid_to = '2025-06-30', status = 'expired' WHERE person_id = $1",
      [lapsed.id],
    );
    const request = await renewalRequest(person.id, 12);
    const amount = await paymentAmount(db, request, today);
    // Three members from the lapsed card's start (this month): the household discount applies.
    expect(amount).toBe(householdRenewalQuote({ memberCount: 3, months: 12, from: today }).total);

    await db.transaction((tx) => renewHouseholdCard(tx, context(), request, { amount }, today));
    expect(await cardEnds({ db }, person.id)).toEqual([{ validTo: "2027-12-31", status: "active" }]);
    expect(await cardEnds({ db }, running.id)).toEqual([{ validTo: "2027-12-31", status: "active" }]);
    expect(await cardEnds({ db }, lapsed.id)).toEqual([{ validTo: "2027-11-25", status: "active" }]);
  });

  it("prices the household discount: 4.5 % of the base salary for the first, 70 % of it for the second", async () => {
    const person = await createTestPerson({ db });
    await createCardedHousehold({ db }, person, { others: 1, validTo: "2026-12-31" });
    const request = await renewalRequest(person.id, 12);
    // From 01/2027 at 2,530,000: 113,850 + 79,695 a month.
    expect(await paymentAmount(db, request, today)).toBe((113_850 + 79_695) * 12);
  });

  it("leaves alone replaced cards, cards without an end, and people outside the household", async () => {
    const person = await createTestPerson({ db });
    const [, member] = await createCardedHousehold({ db }, person, { others: 1, validTo: "2026-12-31" });
    if (!member) throw new Error("household not made");
    await insertHouseholdCard({ db }, member, { validTo: "2026-06-30", status: "replaced" });
    const openEnded = await createTestPerson({ db });
    await db.query(
      "UPDATE person SET household_id = (SELECT household_id FROM person WHERE id = $1) WHERE id = $2",
      [person.id, openEnded.id],
    );
    await insertHouseholdCard({ db }, openEnded, { validTo: null, groupCode: "HT" });
    const outsider = await createTestPerson({ db });
    await createCardedHousehold({ db }, outsider, { others: 0, validTo: "2026-12-31" });

    const request = await renewalRequest(person.id, 3);
    await db.transaction((tx) => renewHouseholdCard(tx, context(), request, { amount: 1 }, today));
    expect(await cardEnds({ db }, member.id)).toEqual([
      { validTo: "2026-06-30", status: "replaced" },
      { validTo: "2027-03-31", status: "active" },
    ]);
    expect(await cardEnds({ db }, openEnded.id)).toEqual([{ validTo: null, status: "active" }]);
    expect(await cardEnds({ db }, outsider.id)).toEqual([{ validTo: "2026-12-31", status: "active" }]);
  });

  it("refuses to price a household without a card to renew", async () => {
    const person = await createTestPerson({ db });
    const request = await renewalRequest(person.id, 12);
    await expect(paymentAmount(db, request, today)).rejects.toMatchObject({ code: "conflict" });
  });
});

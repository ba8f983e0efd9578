import { type Db, type TestDatabase, testDatabases } from "@ansinh/db";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import { signedInStaff } from "../../testing/dossier-fixture";
import { createTestHousehold } from "../../testing/household-fixture";
import { createTestPerson } from "../../testing/person-fixture";
import { insertCard, writeLongHistory } from "../../testing/records-fixture";

/** The database with every statement counted, inside transactions too. */
function counted(database: TestDatabase) {
  let statements = 0;
  const count = <T extends Pick<Db, "query">>(runner: T): T => ({
    ...runner,
    query: (sql: string, params?: unknown[]) => {
      statements++;
      return runner.query(sql, params);
    },
  });
  const wrapped: TestDatabase = {
    kind: database.kind,
    open: async () => {
      const db = await database.open();
      return { ...count(db), transaction: (fn) => db.transaction((tx) => fn(count(tx))) };
    },
  };
  return { database: wrapped, take: () => statements };
}

/**
 * Statements per request, whatever the length of the history: profile, card, history and visits one
 * (the session checked in the read's own statement); benefits and the access log two (the session,
 * then the read); the child's card three (the session, the household check, the card); a report three
 * (the session, the look-up, the insert); the staff view eight (the session, the person, the log, and
 * profile, card, history, benefits and visits).
 */
const budgets = {
  profile: 1,
  card: 1,
  childCard: 3,
  history: 1,
  benefits: 2,
  visits: 1,
  accessLog: 2,
  report: 3,
  staffRecords: 8,
};

describe.each(testDatabases)("statements per records request on $kind", (base) => {
  let t: TestAppWithDocuments;
  let take: () => number;
  const people: Record<
    "short" | "long",
    { cookie: string; bhxhNumber: string; child: string; visit: string }
  > = {} as never;
  let staffCookie: string;

  async function person(periods: number, householdSize: number) {
    const citizen = await createTestCitizen(t, { mustChangePassword: false });
    const child = await createTestPerson(t, { birthDate: "2016-05-05" });
    const others = [];
    for (let i = 2; i < householdSize; i++) others.push(await createTestPerson(t));
    await createTestHousehold(t, [citizen, child, ...others]);
    await insertCard(t, child, {
      groupCode: "HS",
      printedLevel: 4,
      validFrom: "2026-01-01",
      validTo: null,
      fiveYearsFrom: null,
      issuedOn: "2025-12-20",
      status: "active",
    });
    await writeLongHistory(t, citizen, periods);
    const [visit] = await t.db.query<{ id: string }>(
      "SELECT id FROM medical_visit WHERE person_id = $1 LIMIT 1",
      [citizen.id],
    );
    return {
      cookie: await citizenCookie(t.app, citizen),
      bhxhNumber: citizen.bhxhNumber,
      child: child.bhxhNumber,
      visit: visit?.id ?? "",
    };
  }

  beforeAll(async () => {
    const counting = counted(base);
    take = counting.take;
    t = await buildTestApp(counting.database);
    staffCookie = (await signedInStaff(t, "dem.truy.van", { role: "data_officer" })).cookie;
    people.short = await person(2, 2);
    people.long = await person(40, 8);
  });
  afterAll(() => t.close());

  async function statementsOf(request: InjectOptions) {
    const before = take();
    const res = await t.app.inject(request);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return take() - before;
  }

  const requests = {
    profile: (p: typeof people.short) => ({
      method: "GET" as const,
      url: "/api/me/profile",
      headers: { cookie: p.cookie },
    }),
    card: (p: typeof people.short) => ({
      method: "GET" as const,
      url: "/api/me/card",
      headers: { cookie: p.cookie },
    }),
    childCard: (p: typeof people.short) => ({
      method: "GET" as const,
      url: `/api/me/children/${p.child}/card`,
      headers: { cookie: p.cookie },
    }),
    history: (p: typeof people.short) => ({
      method: "GET" as const,
      url: "/api/me/history",
      headers: { cookie: p.cookie },
    }),
    benefits: (p: typeof people.short) => ({
      method: "GET" as const,
      url: "/api/me/benefits",
      headers: { cookie: p.cookie },
    }),
    visits: (p: typeof people.short) => ({
      method: "GET" as const,
      url: "/api/me/visits",
      headers: { cookie: p.cookie },
    }),
    accessLog: (p: typeof people.short) => ({
      method: "GET" as const,
      url: "/api/me/access-log",
      headers: { cookie: p.cookie },
    }),
    report: (p: typeof people.short) => ({
      method: "POST" as const,
      url: `/api/me/visits/${p.visit}/report`,
      headers: { cookie: p.cookie },
      payload: {},
    }),
    staffRecords: (p: typeof people.short) => ({
      method: "GET" as const,
      url: `/api/staff/persons/${p.bhxhNumber}/records?reason=%C4%90%E1%BA%BFm%20truy%20v%E1%BA%A5n`,
      headers: { cookie: staffCookie },
    }),
  };

  for (const [name, request] of Object.entries(requests) as [
    keyof typeof budgets,
    typeof requests.profile,
  ][]) {
    it(`${name}: ${budgets[name]} statements for a history of 2 and of 40`, async () => {
      const short = await statementsOf(request(people.short));
      const long = await statementsOf(request(people.long));
      expect(long).toBe(short);
      expect(short).toBe(budgets[name]);
    });
  }

  it("the long history really is long", async () => {
    const res = await t.app.inject(requests.history(people.long));
    const periods = res
      .json()
      .schemes.reduce((n: number, s: { periods: unknown[] }) => n + s.periods.length, 0);
    expect(periods).toBe(40);
    const visits = await t.app.inject(requests.visits(people.long));
    expect(visits.json().years.reduce((n: number, y: { count: number }) => n + y.count, 0)).toBe(40);
  });
});

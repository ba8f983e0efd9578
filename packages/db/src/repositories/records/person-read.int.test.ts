import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../create-db";
import { loadDemoWorld } from "../../synthetic/load";
import { loadReferenceData } from "../../synthetic/reference-data";
import { testDatabases } from "../../testing/test-databases";
import { findSignedInCitizenReading } from "../citizen-accounts";
import { insertSession } from "../sessions";
import { currentCardRead } from "./card";
import { participationRead } from "./history";
import { type PersonRead, runPersonRead } from "./person-read";
import { personProfileRead } from "./profile";
import { visitsRead } from "./visits";

const keys = { fieldEncryption: `1:${Buffer.alloc(32, 7).toString("base64")}`, blindIndex: "dGVzdA==" };

// Every read the signed-in routes run, with and without their filters.
const reads: Record<string, PersonRead<never, unknown>> = {
  profile: personProfileRead,
  card: currentCardRead,
  history: participationRead({ asOfMonth: "2026-11" }),
  historyFiltered: participationRead({
    scheme: "bhxh_compulsory",
    fromMonth: "2015-01",
    toMonth: "2020-12",
    asOfMonth: "2026-11",
  }),
  visits: visitsRead(),
  visitsOfYear: visitsRead({
    from: new Date("2025-01-01T00:00:00+07:00"),
    to: new Date("2026-01-01T00:00:00+07:00"),
  }),
};

/**
 * A read gives the same result on its own and inside the session's statement, where its rows travel as
 * JSON: same values, same types (dates, money, the ID cipher) and the same order, for every person of a
 * synthetic population — long and short histories, with and without cards, visits and households.
 */
describe.each(testDatabases)("person reads inside the session statement on $kind", ({ open }) => {
  let db: Db;
  let persons: { id: string; token: string }[];
  beforeAll(async () => {
    db = await open();
    await loadReferenceData(db);
    await loadDemoWorld(db, { persons: 60, keys, asOf: "2026-11-25" });
    const ids = await db.query<{ id: string }>("SELECT id FROM person ORDER BY id");
    persons = ids.map(({ id }) => ({ id, token: `token-${id}` }));
    for (const { id, token } of persons) {
      await db.query(
        `INSERT INTO citizen_account (person_id, password_hash, must_change_password, status)
         VALUES ($1, 'x', false, 'active') ON CONFLICT DO NOTHING`,
        [id],
      );
      await insertSession(db, { tokenHash: token, kind: "citizen", personId: id, lifetimeMinutes: 60 });
    }
  }, 120_000);
  afterAll(() => db.close());

  it.each(Object.keys(reads))("%s", async (name) => {
    const read = reads[name] as PersonRead<never, unknown>;
    let nonEmpty = 0;
    for (const { id, token } of persons) {
      const alone = await runPersonRead(db, id, read);
      const signedIn = await findSignedInCitizenReading(db, token, 60, read);
      expect(signedIn?.owner.personId).toBe(id);
      expect(signedIn?.result, `${name} of ${id}`).toStrictEqual(alone);
      if (alone && (!Array.isArray(alone) || alone.length > 0)) nonEmpty++;
    }
    // The comparison means something only if the population has such records.
    expect(nonEmpty).toBeGreaterThan(persons.length / 4);
  });

  it("reads nothing for a session that is not live", async () => {
    expect(await findSignedInCitizenReading(db, "no-such-token", 60, personProfileRead)).toBeUndefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../create-db";
import { type TestDatabase, testDatabases } from "../../testing/test-databases";
import { findEmployersPage } from "./employers";

// On PostgreSQL every statement text is prepared once per connection and kept: the texts of the public
// lists must not depend on what is typed or on the page asked for, or each would pile up there.
describe.each(testDatabases)("statement texts of the public lists on $kind", (database: TestDatabase) => {
  let db: Db;
  const texts = new Set<string>();
  beforeAll(async () => {
    const opened = await database.open();
    db = {
      ...opened,
      query: (sql, params) => {
        texts.add(sql);
        return opened.query(sql, params);
      },
    };
  });
  afterAll(() => db.close());

  it("stay the same whatever the page, and a small set whatever the words typed", async () => {
    const search = (text: string, page: number) =>
      findEmployersPage(db, { text, code: text.toUpperCase(), page });
    // Past the last page (the table is empty) the count runs on its own: its texts are in the set too.
    await search("cong ty", 2);
    const twoWords = texts.size;
    await search("may mac", 1);
    await search("phu thanh", 1_000);
    expect(twoWords).toBeGreaterThan(0);
    expect(texts.size).toBe(twoWords);
    await search("cong ty tnhh thuong mai va dich", 3);
    const sixWords = texts.size;
    await search("cong ty co phan xay dung so mot ha noi viet nam", 7);
    expect(texts.size).toBe(sixWords);
  });
});

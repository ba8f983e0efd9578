import { uuidv7 } from "@ansinh/db";
import type { TestApp } from "./build-test-app";
import type { TestPerson } from "./person-fixture";

let serial = 0;

/**
 * Puts registry persons in one new household (sổ hộ khẩu) of Hồ Chí Minh City: the first is its head,
 * the others its children. Returns the household's id and code.
 */
export async function createTestHousehold(
  t: Pick<TestApp, "db">,
  members: readonly Pick<TestPerson, "id">[],
): Promise<{ id: string; code: string }> {
  serial += 1;
  const household = {
    id: uuidv7(),
    code: `79${String(Date.now()).slice(-6)}${String(serial).padStart(4, "0")}`,
  };
  await t.db.query(
    "INSERT INTO household (id, code, head_person_id, province_code, address) VALUES ($1, $2, $3, '79', $4)",
    [household.id, household.code, members[0]?.id ?? null, "Số 5 đường Thử Nghiệm, Phường Bến Thành"],
  );
  for (const [i, member] of members.entries()) {
    await t.db.query("UPDATE person SET household_id = $2, relation_to_head = $3 WHERE id = $1", [
      member.id,
      household.id,
      i === 0 ? "head" : "child",
    ]);
  }
  return household;
}

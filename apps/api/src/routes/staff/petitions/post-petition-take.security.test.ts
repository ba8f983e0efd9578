import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { citizenWithPetition, helpStaff, takePetition } from "../../../testing/petition-fixture";

describe.each(testDatabases)("POST /api/staff/petitions/:id/take security on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lets only help agents of the petition's office take it, and the refused leave it received", async () => {
    const { cookie, petition } = await citizenWithPetition(t);
    expect((await takePetition(t, undefined, petition.id)).statusCode).toBe(401);
    expect((await takePetition(t, cookie, petition.id)).statusCode).toBe(401);
    for (const role of ["reviewer", "data_officer"] as const) {
      expect((await takePetition(t, (await helpStaff(t, role)).cookie, petition.id)).statusCode).toBe(403);
    }
    const other = await takePetition(t, (await helpStaff(t, "support", "BHXH-01")).cookie, petition.id);
    expect(other.statusCode).toBe(404);
    const [row] = await t.db.query<{ status: string; assigned: string | null }>(
      "SELECT status, assigned_staff_id AS assigned FROM petition WHERE id = $1",
      [petition.id],
    );
    expect(row).toEqual({ status: "received", assigned: null });
  });
});

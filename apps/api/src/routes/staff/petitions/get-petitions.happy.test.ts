import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import { accessLogOf } from "../../../testing/dossier-fixture";
import {
  answerPetition,
  citizenWithPetition,
  getAs,
  helpStaff,
  takePetition,
} from "../../../testing/petition-fixture";

describe.each(testDatabases)("GET /api/staff/petitions on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("lists the office's petitions open first and oldest first, names masked, content cut to 80", async () => {
    const long = `${"Thẻ BHYT của tôi bị sai ngày sinh, ".repeat(4)}xin điều chỉnh.`;
    const first = await citizenWithPetition(t, { category: "health_card", content: long });
    const second = await citizenWithPetition(t);
    const third = await citizenWithPetition(t);
    const staff = await helpStaff(t);
    await answerPetition(t, staff.cookie, first.petition.id, { reply: "Đã điều chỉnh ngày sinh trên thẻ." });
    await takePetition(t, staff.cookie, third.petition.id);

    const res = await getAs(t, staff.cookie, "/api/staff/petitions");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([
      second.petition.id,
      third.petition.id,
      first.petition.id,
    ]);
    expect(body.items[1]).toEqual({
      id: third.petition.id,
      number: third.petition.number,
      category: "benefit",
      status: "processing",
      createdAt: expect.any(String),
      personName: "Trần T** T** H***",
      contentPreview: expect.any(String),
      assignedStaff: { id: staff.id, name: "Phạm Thị Hỗ Trợ" },
    });
    const preview = body.items[2].contentPreview as string;
    expect(Array.from(preview)).toHaveLength(80);
    expect(preview.endsWith("…")).toBe(true);
    expect(res.body).not.toContain("Trần Thị Thu Hằng");
    // A list shows masked names only: it is not a read of anyone's data.
    expect(await accessLogOf(t, second.citizen.id)).toEqual([]);
  });

  it("masks numbers the citizen typed in the preview, not in the opened petition", async () => {
    const content = "Số CCCD 001-234-567-890 của tôi bị sai, tôi đã nộp 1.500.000 đồng";
    const { petition } = await citizenWithPetition(t, { content });
    const staff = await helpStaff(t);
    const items = (await getAs(t, staff.cookie, "/api/staff/petitions")).json().items;
    expect(items.find((i: { id: string }) => i.id === petition.id).contentPreview).toBe(
      "Số CCCD ***-***-***-*** của tôi bị sai, tôi đã nộp 1.500.000 đồng",
    );
    const opened = await getAs(t, staff.cookie, `/api/staff/petitions/${petition.id}`);
    expect(opened.json().petition.content).toBe(content);
  });

  it("filters by status", async () => {
    const staff = await helpStaff(t);
    const res = await getAs(t, staff.cookie, "/api/staff/petitions?status=answered");
    expect(res.json().items.map((i: { status: string }) => i.status)).toEqual(["answered"]);
  });
});

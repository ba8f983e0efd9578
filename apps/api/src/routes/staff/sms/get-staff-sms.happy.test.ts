import { appendFile, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../testing/build-test-app";
import { buildSmsTestApp, outboxSms, type SmsLine, staffCookie } from "./sms-test-app";

const lan = "0966555777";
const sms = (i: number, to: string): SmsLine => ({
  to,
  text: `Tin nhan thu ${i}`,
  sentAt: new Date(Date.UTC(2026, 0, 1, 8, i)).toISOString(),
});

describe.each(testDatabases)("GET /api/staff/sms with the file provider on $kind", (database) => {
  let t: TestApp & { smsPath: string };
  let admin: string;
  // Oldest first, as appended: every third one to Lan, one of them written as +84.
  const lines = Array.from({ length: 7 }, (_, i) =>
    sms(i + 1, i % 3 === 0 ? (i === 3 ? "+84966555777" : lan) : `09120000${i}0`),
  );
  const list = (query = "") =>
    t.app.inject({ method: "GET", url: `/api/staff/sms${query}`, headers: { cookie: admin } });
  const texts = (res: { json(): { items: { text: string }[] } }) => res.json().items.map((s) => s.text);

  beforeAll(async () => {
    t = await buildSmsTestApp(database, "file");
    admin = await staffCookie(t, "admin");
    await writeFile(t.smsPath, lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
  });
  afterAll(() => t.close());

  it("lists the sandbox's messages newest first, texts included", async () => {
    const res = await list();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      provider: "file",
      items: lines.toReversed(),
      limit: 20,
      nextCursor: null,
    });
  });

  it("pages with a cursor until the oldest message", async () => {
    const first = await list("?limit=3");
    expect(texts(first)).toEqual(["Tin nhan thu 7", "Tin nhan thu 6", "Tin nhan thu 5"]);
    const cursor = first.json().nextCursor;
    expect(cursor).toMatch(/^\d+$/);
    const second = await list(`?limit=3&cursor=${cursor}`);
    expect(texts(second)).toEqual(["Tin nhan thu 4", "Tin nhan thu 3", "Tin nhan thu 2"]);
    const third = await list(`?limit=3&cursor=${second.json().nextCursor}`);
    expect(texts(third)).toEqual(["Tin nhan thu 1"]);
    expect(third.json().nextCursor).toBeNull();
  });

  it("keeps its pages when newer messages arrive between them", async () => {
    const first = await list("?limit=4");
    await appendFile(t.smsPath, `${JSON.stringify(sms(30, lan))}\n`);
    const second = await list(`?limit=4&cursor=${first.json().nextCursor}`);
    expect(texts(second)).toEqual(["Tin nhan thu 3", "Tin nhan thu 2", "Tin nhan thu 1"]);
    expect(texts(await list("?limit=1"))).toEqual(["Tin nhan thu 30"]);
    await writeFile(t.smsPath, lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
  });

  it("filters by phone number, however it is written", async () => {
    const res = await list("?phone=%2B84%20966%20555%20777");
    expect(texts(res)).toEqual(["Tin nhan thu 7", "Tin nhan thu 4", "Tin nhan thu 1"]);
    expect(res.json().items.map((s: SmsLine) => s.to)).toEqual([lan, "+84966555777", lan]);
    const paged = await list("?phone=0966555777&limit=2");
    expect(texts(paged)).toEqual(["Tin nhan thu 7", "Tin nhan thu 4"]);
    expect(texts(await list(`?phone=0966555777&limit=2&cursor=${paged.json().nextCursor}`))).toEqual([
      "Tin nhan thu 1",
    ]);
    expect((await list("?phone=0987654321")).json()).toMatchObject({ items: [], nextCursor: null });
  });

  it("is described in the OpenAPI document, with both providers' shapes", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const operation = res.json().paths["/api/staff/sms"].get;
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(["limit", "cursor", "phone"]);
    expect(JSON.stringify(operation.responses["200"])).toContain("lastError");
  });

  it("skips a line still being written and lines that are not an SMS", async () => {
    await appendFile(t.smsPath, 'not json\n{"to":"0912345678"}\n{"to":"0912345678","text":"Dang ghi');
    expect(texts(await list("?limit=2"))).toEqual(["Tin nhan thu 7", "Tin nhan thu 6"]);
    await writeFile(t.smsPath, lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
  });
});

describe.each(testDatabases)("GET /api/staff/sms with the http provider on $kind", (database) => {
  let t: TestApp & { smsPath: string };
  let admin: string;
  const ids: string[] = [];
  const list = (query = "") =>
    t.app.inject({ method: "GET", url: `/api/staff/sms${query}`, headers: { cookie: admin } });

  beforeAll(async () => {
    t = await buildSmsTestApp(database, "http");
    admin = await staffCookie(t, "admin");
    const outcomes = [
      "delivered",
      { error: "SMS gateway answered 500 Internal Server Error", final: false },
      "pending",
      { error: "SMS gateway did not answer within 10000 ms", final: true },
    ] as const;
    for (const [i, outcome] of outcomes.entries()) {
      ids.push(
        await outboxSms(t.db, { to: i % 2 ? "0912345678" : lan, text: `Mat khau: Bi-mat-${i}` }, outcome),
      );
      // Outbox ids (UUID v7) order by the millisecond they were made in.
      await sleep(3);
    }
    await t.db.query("INSERT INTO outbox (id, topic, payload) VALUES ($1, 'push.send', '{}')", [
      "01890000-0000-7000-8000-000000000000",
    ]);
  });
  afterAll(() => t.close());

  it("lists the outbox's delivery state newest first, the number masked and never the text", async () => {
    const res = await list();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ provider: "http", limit: 20, nextCursor: null });
    expect(body.items).toEqual([
      {
        id: ids[3],
        to: "091****678",
        status: "failed",
        attempts: 1,
        lastError: "SMS gateway did not answer within 10000 ms",
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
        deliveredAt: null,
      },
      expect.objectContaining({ id: ids[2], to: "096****777", status: "pending", lastError: null }),
      expect.objectContaining({
        id: ids[1],
        status: "pending",
        lastError: "SMS gateway answered 500 Internal Server Error",
      }),
      expect.objectContaining({ id: ids[0], status: "delivered", deliveredAt: expect.any(String) }),
    ]);
    expect(res.body).not.toMatch(/Mat khau|Bi-mat|text|0966555777|0912345678/);
  });

  it("pages with the outbox id as the cursor and filters by phone", async () => {
    const first = (await list("?limit=3")).json();
    expect(first.items.map((s: { id: string }) => s.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect(first.nextCursor).toBe(ids[1]);
    const second = (await list(`?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null });
    const lans = (await list("?phone=84966555777")).json();
    expect(lans.items.map((s: { id: string }) => s.id)).toEqual([ids[2], ids[0]]);
  });
});

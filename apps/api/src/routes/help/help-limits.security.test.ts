import { randomUUID } from "node:crypto";
import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { chatCounts, citizenOfHcmc, postCitizenMessage } from "../../testing/help-chat-fixture";
import { petitionCounts, petitionForm, postPetition } from "../../testing/petition-fixture";
import { helpWriteLimits } from "../../use-cases/help/help-limits";
import { CHAT_MESSAGES_PER_MINUTE, PETITIONS_PER_MINUTE, STREAMS_PER_MINUTE } from "./help-request-limits";

// What a citizen sends the help desk costs work (pictures to decode), console traffic (every message
// reaches each open inbox) and SMS (each petition): it is limited per person, counted in the database,
// and per address underneath.
describe.each(testDatabases)("limits on what citizens send the help desk on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it(`takes ${helpWriteLimits.chatMessagesPerMinute} chat messages a minute from a person, then 429 with when to retry`, async () => {
    const { cookie } = await citizenOfHcmc(t);
    const firstKey = randomUUID();
    for (let i = 0; i < helpWriteLimits.chatMessagesPerMinute; i++) {
      const sent = await postCitizenMessage(t, cookie, {
        body: `Tin ${i}`,
        ...(i === 0 ? { clientKey: firstKey } : {}),
      });
      expect(sent.statusCode).toBe(201);
    }
    const before = await chatCounts(t);
    const refused = await postCitizenMessage(t, cookie, { body: "Một tin nữa" });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    const wait = Number(refused.headers["retry-after"]);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused.json().detail.vi).toBe(
      `Bạn đã gửi quá nhiều tin nhắn trong thời gian ngắn. Vui lòng thử lại sau ${wait} giây.`,
    );
    expect(refused.json().detail.en).toMatch(/try again in \d+ seconds?\.$/);
    expect(await chatCounts(t)).toEqual(before);
    // A retry of a message already stored is still answered; another person is not held back.
    expect((await postCitizenMessage(t, cookie, { body: "Tin 0", clientKey: firstKey })).statusCode).toBe(
      201,
    );
    const other = await citizenOfHcmc(t);
    expect((await postCitizenMessage(t, other.cookie, { body: "Chào" })).statusCode).toBe(201);
  });

  it(`takes ${helpWriteLimits.petitionsPerHour} petitions an hour and ${helpWriteLimits.petitionsPerDay} a day from a person`, async () => {
    const { citizen, cookie } = await citizenOfHcmc(t);
    const fileBatch = async () => {
      for (let i = 0; i < helpWriteLimits.petitionsPerHour; i++) {
        expect((await postPetition(t, cookie, petitionForm())).statusCode).toBe(201);
      }
    };
    const backdate = () =>
      t.db.query("UPDATE petition SET created_at = created_at - interval '2 hours' WHERE person_id = $1", [
        citizen.id,
      ]);

    await fileBatch();
    const before = await petitionCounts(t);
    const hourly = await postPetition(t, cookie, petitionForm());
    expect(hourly.statusCode).toBe(429);
    expect(Number(hourly.headers["retry-after"])).toBeGreaterThan(0);
    expect(hourly.json().detail.vi).toMatch(
      /^Bạn đã gửi nhiều phản ánh, kiến nghị .* sau 60 phút, hoặc gọi 1900 9068\.$/,
    );
    expect(hourly.json().detail.en).toMatch(/in 60 minutes, or call 1900 9068\.$/);
    expect(await petitionCounts(t)).toEqual(before);

    for (let batch = 1; batch < helpWriteLimits.petitionsPerDay / helpWriteLimits.petitionsPerHour; batch++) {
      await backdate();
      await fileBatch();
    }
    await backdate();
    const daily = await postPetition(t, cookie, petitionForm());
    expect(daily.statusCode).toBe(429);
    // The oldest of the day's 20 was filed 8 hours ago: it leaves the day's count in 16 hours.
    expect(daily.json().detail.vi).toMatch(/sau 16 giờ, hoặc gọi 1900 9068\.$/);
    expect(Number(daily.headers["retry-after"])).toBeGreaterThan(15 * 3600);
  });

  it("limits each address too, before any session is checked", async () => {
    const address = (n: number) => `203.0.113.${n}`;
    const anonymous = (method: "GET" | "POST", url: string, remoteAddress: string) =>
      t.app.inject({ method, url, remoteAddress });
    const routes = [
      ["POST", "/api/help/chat/messages", CHAT_MESSAGES_PER_MINUTE],
      ["POST", "/api/help/petitions", PETITIONS_PER_MINUTE],
      ["GET", "/api/help/chat/stream", STREAMS_PER_MINUTE],
      ["GET", "/api/staff/help/stream", STREAMS_PER_MINUTE],
    ] as const;
    for (const [i, [method, url, max]] of routes.entries()) {
      for (let n = 0; n < max; n++) {
        expect((await anonymous(method, url, address(i))).statusCode).toBe(401);
      }
      const refused = await anonymous(method, url, address(i));
      expect(refused.statusCode).toBe(429);
      expect(refused.headers["retry-after"]).toBeDefined();
      expect((await anonymous(method, url, address(100 + i))).statusCode).toBe(401);
    }
  });
});

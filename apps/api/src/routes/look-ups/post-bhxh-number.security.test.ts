import { testDatabases } from "@ansinh/db";
import { createChallenge, solveChallenge } from "altcha-lib/v1";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import {
  expectProofOfWorkRefused,
  freshAddress,
  postLookUp,
  solvedProofOfWork,
  tamperedPayload,
} from "../../testing/look-up-fixture";
import { createTestPerson, type TestPerson } from "../../testing/person-fixture";

describe.each(testDatabases)("POST /api/look-ups/bhxh-number security on $kind", (database) => {
  let t: TestApp;
  let duyen: TestPerson;
  beforeAll(async () => {
    t = await buildTestApp(database);
    duyen = await createTestPerson(t, { fullName: "Đinh Thị Mỹ Duyên", birthDate: "1988-02-29" });
  });
  afterAll(() => t.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  const lookUp = (body: Record<string, unknown>, options?: { remoteAddress?: string }) =>
    postLookUp(t, "bhxh-number", body, options);
  const duyenBy = { provinceCode: "79", fullName: "Dinh Thi My Duyen" };

  it("is anonymous: answers without a cookie and sets none", async () => {
    const res = await lookUp({ ...duyenBy, birthDate: "29/02/1988" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["set-cookie"]).toBeUndefined();
  });

  it("answers byte for byte the same whether the person, the birth date or the ID number is wrong", async () => {
    const answers = await Promise.all(
      [
        { provinceCode: "79", fullName: "Người Không Có Thật", birthDate: "29/02/1988" },
        { ...duyenBy, birthDate: "28/02/1988" },
        { ...duyenBy, nationalId: "079188999999" },
        { ...duyenBy, provinceCode: "01", birthDate: "29/02/1988" },
      ].map((body) => lookUp(body)),
    );
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('{"candidates":[]}');
      expect(res.headers["content-length"]).toBe(answers[0]?.headers["content-length"]);
    }
  });

  it("shows at most 5 namesakes, the exact matches first, and never a full name", async () => {
    const namesakes: TestPerson[] = [];
    for (const birthDate of [
      "1975-04-30",
      "1975-04-30",
      "1975-04-30",
      "1975-04-30",
      "1975-04-30",
      "1975-04-30",
    ])
      namesakes.push(await createTestPerson(t, { fullName: "Nguyễn Văn Nam", birthDate }));
    // Two more of that name whose records hold only the year: candidates, but without a number.
    for (let i = 0; i < 2; i++) {
      const yearOnly = await createTestPerson(t, { fullName: "Nguyễn Văn Nam", birthDate: "1975-01-01" });
      await t.db.query("UPDATE person SET birth_date = NULL WHERE id = $1", [yearOnly.id]);
    }
    const res = await lookUp({ provinceCode: "79", fullName: "Nguyen Van Nam", birthDate: "30/04/1975" });
    const { candidates } = res.json() as { candidates: { maskedName: string; bhxhNumber: string | null }[] };
    expect(candidates).toHaveLength(5);
    expect(candidates.every((c) => c.bhxhNumber !== null)).toBe(true);
    for (const c of candidates) {
      expect(c.maskedName).toBe("Nguyễn V** N**");
      expect(res.body).not.toContain("Nguyễn Văn Nam");
    }
  });

  describe("proof of work", () => {
    const body = () => ({ ...duyenBy, birthDate: "29/02/1988" });

    it("accepts a challenge solved with altcha-lib", async () => {
      const res = await lookUp({ ...body(), altcha: await solvedProofOfWork(t) });
      expect(res.json().candidates[0]?.bhxhNumber).toBe(duyen.bhxhNumber);
    });

    it("refuses a look-up without one, or with anything but a solved challenge", async () => {
      for (const altcha of [
        undefined,
        "",
        "not base64 at all",
        42,
        { number: 1 },
        btoa("{}"),
        btoa("null"),
      ]) {
        expectProofOfWorkRefused(await lookUp({ ...body(), altcha }));
      }
    });

    it("refuses a wrong number, a forged signature and an edited expiry", async () => {
      const altcha = await solvedProofOfWork(t);
      const { number, salt } = JSON.parse(atob(altcha)) as { number: number; salt: string };
      const later = salt.replace(/expires=\d+/, `expires=${Math.floor(Date.now() / 1000) + 86_400}`);
      for (const change of [{ number: number + 1 }, { signature: "0".repeat(64) }, { salt: later }]) {
        expectProofOfWorkRefused(await lookUp({ ...body(), altcha: tamperedPayload(altcha, change) }));
      }
    });

    it("refuses a challenge signed with any other key", async () => {
      const foreign = await createChallenge({
        hmacKey: "not the server's key",
        maxnumber: 1_000,
        expires: new Date(Date.now() + 60_000),
      });
      const solution = await solveChallenge(foreign.challenge, foreign.salt, foreign.algorithm, 1_000)
        .promise;
      const altcha = btoa(JSON.stringify({ ...foreign, maxnumber: undefined, number: solution?.number }));
      expectProofOfWorkRefused(await lookUp({ ...body(), altcha }));
    });

    it("refuses a solution after its 5 minutes", async () => {
      const altcha = await solvedProofOfWork(t);
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 5 * 60_000 + 1_000);
      expectProofOfWorkRefused(await lookUp({ ...body(), altcha }));
    });

    it("accepts each solution once: a replay is refused, even of a look-up that found nobody", async () => {
      const altcha = await solvedProofOfWork(t);
      const first = await lookUp({
        provinceCode: "79",
        fullName: "Không Ai Cả",
        birthDate: "01/01/2000",
        altcha,
      });
      expect(first.json()).toEqual({ candidates: [] });
      expectProofOfWorkRefused(await lookUp({ ...body(), altcha }));
    });

    it("lets only one of two simultaneous uses of a solution through", async () => {
      const altcha = await solvedProofOfWork(t);
      const both = await Promise.all([lookUp({ ...body(), altcha }), lookUp({ ...body(), altcha })]);
      expect(both.map((res) => res.statusCode).sort()).toEqual([200, 400]);
    });
  });

  it("answers the 11th look-up in a minute from one address with 429, while another address gets through", async () => {
    const address = freshAddress();
    for (let i = 0; i < 10; i++) {
      expect(
        (await lookUp({ ...duyenBy, birthDate: "29/02/1988" }, { remoteAddress: address })).statusCode,
      ).toBe(200);
    }
    const limited = await lookUp({ ...duyenBy, birthDate: "29/02/1988" }, { remoteAddress: address });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["content-type"]).toContain("application/problem+json");
    const wait = Number(limited.headers["retry-after"]);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(limited.json()).toMatchObject({
      type: "/api/problems/rate_limited",
      status: 429,
      detail: {
        vi: `Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${wait} giây.`,
        en: `Too many requests. Please try again in ${wait} seconds.`,
      },
    });
    const other = await lookUp({ ...duyenBy, birthDate: "29/02/1988" }, { remoteAddress: freshAddress() });
    expect(other.statusCode).toBe(200);
  });
});

import { describe, expect, it } from "vitest";
import type { ApiReply } from "../account/api-reply";
import { explainRefusal } from "./explain-reply";

function answer(status: number, retryAfter: number | null): ApiReply {
  return {
    kind: "answer",
    ok: false,
    status,
    type: "/api/problems/rate_limited",
    message: { vi: "Bạn thao tác quá nhanh, vui lòng thử lại sau", en: "Too many requests, try again later" },
    problems: [],
    fields: [],
    body: null,
    retryAfter,
  };
}

describe("explainRefusal", () => {
  it("says how long to wait after too many look-ups, in seconds or whole minutes", () => {
    expect(explainRefusal(answer(429, 42))).toMatchObject({
      status: 429,
      message: {
        vi: "Bạn đã tra cứu nhiều lần trong thời gian ngắn. Vui lòng thử lại sau 42 giây.",
        en: "You have made many look-ups in a short time. Please try again in 42 seconds.",
      },
    });
    expect(explainRefusal(answer(429, 61))).toMatchObject({
      message: { vi: expect.stringContaining("sau 2 phút."), en: expect.stringContaining("in 2 minutes.") },
    });
    expect(explainRefusal(answer(429, 0))).toMatchObject({
      message: { vi: expect.stringContaining("sau 1 giây."), en: expect.stringContaining("in 1 second.") },
    });
    expect(explainRefusal(answer(429, 60))).toMatchObject({
      message: { vi: expect.stringContaining("sau 1 phút."), en: expect.stringContaining("in 1 minute.") },
    });
  });

  it("still explains a 429 that does not say how long", () => {
    expect(explainRefusal(answer(429, null))).toMatchObject({
      message: { vi: expect.stringContaining("sau ít phút"), en: expect.stringContaining("a few minutes") },
    });
  });

  it("words a missing answer as a look-up problem, and leaves other refusals alone", () => {
    expect(explainRefusal({ kind: "unavailable" })).toMatchObject({
      kind: "answer",
      ok: false,
      message: {
        vi: expect.stringContaining("Chưa tra cứu được"),
        en: expect.stringContaining("could not be done"),
      },
    });
    const validation = answer(400, null);
    expect(explainRefusal(validation)).toBe(validation);
  });
});

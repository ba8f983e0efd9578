import { describe, expect, it } from "vitest";
import type { VerifiedCallback } from "./payment-provider";
import { createSandboxProvider } from "./sandbox-provider";

// Signing and checking need no database: the page's data comes from the payment table, not the HMAC.
const noDb = {
  exec: async () => {},
  query: async () => {
    throw new Error("no database in this test");
  },
};
const provider = createSandboxProvider({ db: noDb, secret: "test-secret", publicBaseUrl: "" });
const callback: VerifiedCallback = {
  providerReference: "SB0123456789ABCDEF0123456789ABCDEF",
  outcome: "confirmed",
  amount: 1_366_200,
};
const formOf = (c: VerifiedCallback, signature = provider.sign(c)) => ({
  reference: c.providerReference,
  outcome: c.outcome,
  amount: String(c.amount),
  signature,
});

describe("sandbox gateway", () => {
  it("opens payments with unguessable references and a page under /api/payments/sandbox", async () => {
    const a = await provider.createPayment({ paymentId: "p", amount: 1, description: "x", returnUrl: "/" });
    const b = await provider.createPayment({ paymentId: "p", amount: 1, description: "x", returnUrl: "/" });
    expect(a.providerReference).toMatch(/^SB[0-9A-F]{32}$/);
    expect(a.providerReference).not.toBe(b.providerReference);
    expect(a.payUrl).toBe(`/api/payments/sandbox/${a.providerReference}`);
    const hosted = createSandboxProvider({ db: noDb, secret: "s", publicBaseUrl: "https://dv.example.vn" });
    expect(hosted.payUrl("SB1")).toBe("https://dv.example.vn/api/payments/sandbox/SB1");
  });

  it("accepts its own signed callback, from a form (text amount) or JSON (number)", () => {
    expect(provider.verifyCallback(formOf(callback), {})).toEqual(callback);
    expect(provider.verifyCallback({ ...formOf(callback), amount: callback.amount }, {})).toEqual(callback);
  });

  it("signs each outcome differently, so a failure's signature cannot confirm", () => {
    const failed = { ...callback, outcome: "failed" as const };
    expect(provider.sign(failed)).not.toBe(provider.sign(callback));
    expect(provider.verifyCallback({ ...formOf(failed), outcome: "confirmed" }, {})).toBeNull();
  });

  it("refuses a callback whose amount, reference or key differ from what was signed", () => {
    expect(provider.verifyCallback({ ...formOf(callback), amount: "1" }, {})).toBeNull();
    expect(
      provider.verifyCallback({ ...formOf(callback), reference: "SBFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF" }, {}),
    ).toBeNull();
    const other = createSandboxProvider({ db: noDb, secret: "another-secret", publicBaseUrl: "" });
    expect(provider.verifyCallback(formOf(callback, other.sign(callback)), {})).toBeNull();
  });

  it("refuses malformed callbacks without throwing", () => {
    for (const body of [
      undefined,
      null,
      "text",
      [],
      {},
      { ...formOf(callback), signature: "zz" },
      { ...formOf(callback), signature: provider.sign(callback).toUpperCase() },
      { ...formOf(callback), outcome: "refunded" },
      { ...formOf(callback), amount: "-5" },
      { ...formOf(callback), amount: "1e400" },
      { ...formOf(callback), reference: "<script>" },
    ]) {
      expect(provider.verifyCallback(body, {})).toBeNull();
    }
  });
});

import { describe, expect, it } from "vitest";
import { newTotpSecret, otpauthUri, stepOf, totpAt, verifyTotp } from "./totp";

// RFC 6238 Appendix B: the ASCII secret "12345678901234567890" (base32 below), SHA-1, last 6 digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP", () => {
  it("matches the RFC 6238 test vectors", () => {
    expect(totpAt(RFC_SECRET, stepOf(59_000))).toBe("287082");
    expect(totpAt(RFC_SECRET, stepOf(1_111_111_109_000))).toBe("081804");
    expect(totpAt(RFC_SECRET, stepOf(1_234_567_890_000))).toBe("005924");
    expect(totpAt(RFC_SECRET, stepOf(20_000_000_000_000))).toBe("353130");
  });

  it("accepts the current code and one step of drift, not two", () => {
    const now = 1_800_000_000_000;
    const step = stepOf(now);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, step), now, null)).toBe(step);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, step - 1), now, null)).toBe(step - 1);
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, step + 2), now, null)).toBeNull();
  });

  it("refuses a code already used (replay)", () => {
    const now = 1_800_000_000_000;
    const code = totpAt(RFC_SECRET, stepOf(now));
    expect(verifyTotp(RFC_SECRET, code, now, stepOf(now))).toBeNull();
  });

  it("refuses malformed codes", () => {
    expect(verifyTotp(RFC_SECRET, "12345", Date.now(), null)).toBeNull();
    expect(verifyTotp(RFC_SECRET, "abcdef", Date.now(), null)).toBeNull();
  });

  it("makes fresh 32-character base32 secrets and an otpauth URI", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(otpauthUri(secret, "duyet.hcm")).toBe(
      `otpauth://totp/AnSinh%3Aduyet.hcm?secret=${secret}&issuer=AnSinh&algorithm=SHA1&digits=6&period=30`,
    );
  });
});

import { describe, expect, it } from "vitest";
import { temporaryPassword, UNAMBIGUOUS_ALPHABET } from "./temporary-password";

describe("temporaryPassword", () => {
  it("has 10 characters, none of them easy to misread", () => {
    for (let i = 0; i < 200; i++) {
      const password = temporaryPassword();
      expect(password).toMatch(/^[A-Za-z0-9]{10}$/);
      expect(password).not.toMatch(/[0Oo1lI5S2Z8B]/);
    }
  });

  it("draws from the whole alphabet and does not repeat itself", () => {
    const seen = new Set<string>();
    const passwords = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const password = temporaryPassword();
      passwords.add(password);
      for (const ch of password) seen.add(ch);
    }
    expect(passwords.size).toBe(500);
    expect(seen.size).toBe(UNAMBIGUOUS_ALPHABET.length);
  });
});

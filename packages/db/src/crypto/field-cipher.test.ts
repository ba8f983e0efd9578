import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createFieldCipher, parseFieldKeys } from "./field-cipher";

const key = () => randomBytes(32).toString("base64");

describe("field cipher", () => {
  const keys = parseFieldKeys(`1:${key()}`, key());
  const cipher = createFieldCipher(keys);

  it("round-trips and never stores the clear value", () => {
    const sealed = cipher.encrypt("079095012345");
    expect(sealed.toString("latin1")).not.toContain("079095012345");
    expect(cipher.decrypt(sealed)).toBe("079095012345");
  });

  it("uses a fresh IV, so equal values encrypt differently", () => {
    expect(cipher.encrypt("079095012345").equals(cipher.encrypt("079095012345"))).toBe(false);
  });

  it("refuses a tampered ciphertext", () => {
    const sealed = cipher.encrypt("079095012345");
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(sealed)).toThrow();
  });

  it("reads rows written with a retired key after rotation", () => {
    const oldKey = key();
    const blind = key();
    const before = createFieldCipher(parseFieldKeys(`1:${oldKey}`, blind)).encrypt("001200000001");
    const after = createFieldCipher(parseFieldKeys(`1:${oldKey},2:${key()}`, blind));
    expect(after.decrypt(before)).toBe("001200000001");
    expect(after.encrypt("x")[0]).toBe(2);
  });

  it("gives a stable blind index that depends on the key", () => {
    expect(cipher.blindIndex("079095012345")).toBe(cipher.blindIndex("079095012345"));
    const other = createFieldCipher(parseFieldKeys(`1:${key()}`, key()));
    expect(other.blindIndex("079095012345")).not.toBe(cipher.blindIndex("079095012345"));
  });

  it("rejects malformed key configuration", () => {
    expect(() => parseFieldKeys("nonsense", key())).toThrow(/FIELD_ENCRYPTION_KEYS/);
    expect(() => createFieldCipher(parseFieldKeys("1:c2hvcnQ=", key()))).toThrow(/32 bytes/);
  });
});

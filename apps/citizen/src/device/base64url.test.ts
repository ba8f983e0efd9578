import { describe, expect, it } from "vitest";
import { toBase64Url } from "./base64url";

describe("toBase64Url", () => {
  it("encodes the RFC 4648 test vectors without padding", () => {
    const encode = (text: string) => toBase64Url(new TextEncoder().encode(text));
    expect(encode("")).toBe("");
    expect(encode("f")).toBe("Zg");
    expect(encode("fo")).toBe("Zm8");
    expect(encode("foo")).toBe("Zm9v");
    expect(encode("foob")).toBe("Zm9vYg");
    expect(encode("fooba")).toBe("Zm9vYmE");
    expect(encode("foobar")).toBe("Zm9vYmFy");
  });

  it("uses - and _ where base64 has + and /", () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("-_-_");
    expect(toBase64Url(new Uint8Array([0xfb, 0xef]))).toBe("--8");
  });

  it("round-trips every byte value through the platform's base64 decoder", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const encoded = toBase64Url(bytes);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const standard = encoded.replace(/-/g, "+").replace(/_/g, "/");
    const decoded = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, "="));
    expect(Array.from(decoded, (char) => char.charCodeAt(0))).toEqual([...bytes]);
  });
});

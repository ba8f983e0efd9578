import { describe, expect, it } from "vitest";
import { readToken } from "./read-token";

describe("readToken", () => {
  it("takes the fragment of the page or of a pasted address", () => {
    expect(readToken("#eyJ2IjoxfQ.c2ln")).toBe("eyJ2IjoxfQ.c2ln");
    expect(readToken("https://vssid.example.vn/xac-minh#eyJ2IjoxfQ.c2ln")).toBe("eyJ2IjoxfQ.c2ln");
  });

  it("takes a bare token, without the spaces and line breaks a copy adds", () => {
    expect(readToken("  eyJ2Ijox\nfQ.c2ln \n")).toBe("eyJ2IjoxfQ.c2ln");
  });

  it("undoes percent-encoding, and leaves a broken one for the API to refuse", () => {
    expect(readToken("#eyJ2IjoxfQ%2Ec2ln")).toBe("eyJ2IjoxfQ.c2ln");
    expect(readToken("#abc%E0%A4%A")).toBe("abc%E0%A4%A");
  });

  it("is empty when there is nothing", () => {
    expect(readToken("")).toBe("");
    expect(readToken("#")).toBe("");
    expect(readToken("https://vssid.example.vn/xac-minh")).toBe("https://vssid.example.vn/xac-minh");
  });
});

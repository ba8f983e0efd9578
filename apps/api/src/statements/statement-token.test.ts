import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import type { StatementContent } from "./statement-content";
import { newStatementId, statementIdPattern } from "./statement-content";
import { parseStatementKey } from "./statement-keys";
import { encodeStatement, invalidReasons, signStatement, verifyStatementToken } from "./statement-token";

const keys = parseStatementKey(loadConfig({}).keys.statementSigning);

const content: StatementContent = {
  id: "7K3QX9M2AB4F",
  issuedOn: "2026-05-10",
  bhxhNumber: "7901234567",
  fullName: "Nguyễn Văn An",
  closedThrough: "2026-04",
  schemes: [
    {
      scheme: "bhxh_compulsory",
      months: 181,
      employeeTotal: 123_456_789,
      employerTotal: 270_000_001,
      unpaidMonths: 3,
    },
    {
      scheme: "health_insurance",
      months: 181,
      employeeTotal: 20_000_000,
      employerTotal: 40_000_000,
      unpaidMonths: 0,
    },
  ],
};

/** The token with the character at `index` of the part `part` replaced by another base64url character. */
function changeOne(token: string, part: 0 | 1, index: number): string {
  const parts = token.split(".");
  const text = parts[part] ?? "";
  const was = text[index];
  const next = was === "A" ? "B" : "A";
  parts[part] = `${text.slice(0, index)}${next}${text.slice(index + 1)}`;
  return parts.join(".");
}

describe("statement tokens", () => {
  it("round-trips the content, names included, under the key that signed it", () => {
    const token = signStatement(content, keys.privateKey);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(verifyStatementToken(token, keys.publicKey)).toEqual({ valid: true, statement: content });
  });

  it("signs the same bytes for the same content, names in NFC whatever they came in", () => {
    const decomposed = { ...content, fullName: content.fullName.normalize("NFD") };
    expect(encodeStatement(decomposed)).toEqual(encodeStatement(content));
    expect(encodeStatement(content).toString()).toContain('"fn":"Nguyễn Văn An"');
    // Ed25519 is deterministic: the whole token is the same too.
    expect(signStatement(decomposed, keys.privateKey)).toBe(signStatement(content, keys.privateKey));
  });

  it("fails when any one character of the payload changes", () => {
    const token = signStatement(content, keys.privateKey);
    const payloadLength = token.indexOf(".");
    for (let i = 0; i < payloadLength; i++) {
      const result = verifyStatementToken(changeOne(token, 0, i), keys.publicKey);
      expect(result.valid, `character ${i}`).toBe(false);
    }
  });

  it("fails on a changed payload byte even when the JSON stays readable", () => {
    const token = signStatement(content, keys.privateKey);
    const [, signature] = token.split(".");
    const forged = encodeStatement({
      ...content,
      schemes: [{ ...content.schemes[0], months: 281 }],
    } as StatementContent);
    const result = verifyStatementToken(`${forged.toString("base64url")}.${signature}`, keys.publicKey);
    expect(result).toEqual({ valid: false, reason: invalidReasons.signature });
  });

  it("fails when the signature changes", () => {
    const token = signStatement(content, keys.privateKey);
    expect(verifyStatementToken(changeOne(token, 1, 10), keys.publicKey)).toEqual({
      valid: false,
      reason: invalidReasons.signature,
    });
    // The last character has spare bits: a change there is refused as not a token at all.
    expect(verifyStatementToken(changeOne(token, 1, 85), keys.publicKey).valid).toBe(false);
  });

  it("fails under another key, and for a statement signed with another key", () => {
    const other = generateKeyPairSync("ed25519");
    const token = signStatement(content, keys.privateKey);
    expect(verifyStatementToken(token, other.publicKey)).toEqual({
      valid: false,
      reason: invalidReasons.signature,
    });
    expect(verifyStatementToken(signStatement(content, other.privateKey), keys.publicKey)).toEqual({
      valid: false,
      reason: invalidReasons.signature,
    });
  });

  it("says a signed payload it cannot read is unreadable, not valid", () => {
    const payload = Buffer.from(JSON.stringify({ v: 2, anything: true }));
    const token = `${payload.toString("base64url")}.${sign(null, payload, keys.privateKey).toString("base64url")}`;
    expect(verifyStatementToken(token, keys.publicKey)).toEqual({
      valid: false,
      reason: invalidReasons.unreadable,
    });
  });

  it("answers garbage as malformed, without throwing", () => {
    const token = signStatement(content, keys.privateKey);
    const [payload, signature] = token.split(".");
    for (const garbage of [
      "",
      ".",
      "abc",
      "a.b.c",
      `${payload}.`,
      `.${signature}`,
      `${payload}.${signature}.${signature}`,
      `${payload}=.${signature}`,
      `${payload}.${signature?.slice(0, 40)}`,
      `${payload} .${signature}`,
      "🙂.🙂",
      `${"A".repeat(5000)}.${signature}`,
      "%PDF-1.3.garbage",
    ]) {
      expect(verifyStatementToken(garbage, keys.publicKey), JSON.stringify(garbage)).toEqual({
        valid: false,
        reason: invalidReasons.malformed,
      });
    }
  });
});

describe("statement numbers", () => {
  it("makes 12-character Crockford base32 numbers that differ", () => {
    const ids = new Set(Array.from({ length: 200 }, newStatementId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(statementIdPattern);
  });
});

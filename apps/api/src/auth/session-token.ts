import { createHash, randomBytes } from "node:crypto";

/** A session token: 256 random bits for the cookie, and the hash the database keeps instead. */
export function newSessionToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

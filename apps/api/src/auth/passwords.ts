import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum recommendation). */
export const hashPassword = (password: string) => hash(password);

// Verified when the account does not exist, so that a wrong username takes as long as a wrong
// password and response times do not reveal which accounts exist.
const DUMMY_HASH = hash("no-such-account-ansinh");

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await DUMMY_HASH), password);
  } catch {
    // A malformed stored hash is treated as a mismatch, never as a server error.
    return false;
  }
}

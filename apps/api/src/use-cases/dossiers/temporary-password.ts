import { randomInt } from "node:crypto";

/**
 * Letters and digits that cannot be mistaken for one another when read from an SMS on a small screen
 * and typed again: no 0/O/o, 1/l/I, nor 5/S, 2/Z, 8/B.
 */
export const UNAMBIGUOUS_ALPHABET = "ACDEFGHJKLMNPQRTUVWXYabcdefghijkmnpqrstuvwxyz3467";

/** A temporary password of 10 characters (≈ 56 bits), drawn with a CSPRNG without modulo bias. */
export function temporaryPassword(length = 10): string {
  let password = "";
  for (let i = 0; i < length; i++) password += UNAMBIGUOUS_ALPHABET[randomInt(UNAMBIGUOUS_ALPHABET.length)];
  return password;
}

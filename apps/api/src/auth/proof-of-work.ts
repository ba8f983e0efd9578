import { hkdfSync } from "node:crypto";
import { type SqlRunner, spendProofOfWork } from "@ansinh/db";
import { createChallenge, extractParams, verifySolution } from "altcha-lib/v1";
import { z } from "zod";
import { AppError } from "../errors/app-error";

/**
 * ALTCHA proof of work for the anonymous look-ups of a person: before each look-up the browser solves
 * a challenge (finds the number whose SHA-256 with the salt is the challenge, a fraction of a second),
 * so that trying names and birth dates by the thousand costs real computing time; the per-IP rate
 * limits do the rest. It is ALTCHA's classic protocol (altcha-lib's `altcha-lib/v1` entry point, the
 * one the citizen app solves with `solveChallenge`): no cookie, nothing stored until a payload is used.
 */
export interface ProofOfWork {
  /** A new signed challenge, exactly what altcha-lib's createChallenge returns; it expires in 5 minutes. */
  challenge(): Promise<ProofOfWorkChallenge>;
  /**
   * Accepts a solved payload (base64 of its JSON) once: recorded as spent on its own, committed before
   * the look-up runs. Anything else — missing, malformed, wrongly signed or solved, expired, already
   * used — throws the one 400 on `body.altcha` (code proof_of_work), whatever the reason.
   */
  spend(altcha: string | undefined): Promise<void>;
}

/** altcha-lib's Challenge, always with these two fields set as here. */
export interface ProofOfWorkChallenge {
  algorithm: "SHA-256";
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

const CHALLENGE_LIFETIME_MS = 5 * 60_000;
/** A payload is about 250 characters; anything much longer is not one. */
const MAX_PAYLOAD_LENGTH = 1_000;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const payloadShape = z.object({
  algorithm: z.literal("SHA-256"),
  challenge: hex64,
  number: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  salt: z.string().max(200),
  signature: hex64,
});
type Payload = z.infer<typeof payloadShape>;

export function createProofOfWork(options: {
  db: SqlRunner;
  /** BLIND_INDEX_KEY (base64): the challenges' HMAC key is derived from it, so no new secret is needed. */
  blindIndexKey: string;
  maxNumber: number;
  /** False only for the bench (config LookUpPolicy): payloads are then not checked at all. */
  enabled: boolean;
}): ProofOfWork {
  const hmacKey = proofOfWorkKey(options.blindIndexKey);
  return {
    async challenge() {
      const made = await createChallenge({
        algorithm: "SHA-256",
        hmacKey,
        maxnumber: options.maxNumber,
        expires: new Date(Date.now() + CHALLENGE_LIFETIME_MS),
      });
      return { ...made, algorithm: "SHA-256", maxnumber: options.maxNumber };
    },
    async spend(altcha) {
      if (!options.enabled) return;
      const payload = decodePayload(altcha);
      const expiresAt = payload && expiryOf(payload);
      // verifySolution checks the expiry too, but only when the salt names one: ours always do, so a
      // salt without one was not made here.
      if (!payload || !expiresAt || expiresAt.getTime() <= Date.now()) throw proofOfWorkRefused();
      if (!(await verifySolution(payload, hmacKey, true))) throw proofOfWorkRefused();
      const fresh = await spendProofOfWork(options.db, Buffer.from(payload.challenge, "hex"), expiresAt);
      if (!fresh) throw proofOfWorkRefused();
    },
  };
}

/**
 * The HMAC key of the challenges: HKDF-SHA-256 of the blind-index key with its own label, so the two
 * uses never share a key, and rotating BLIND_INDEX_KEY rotates this one (challenges in flight fail
 * once, and the app fetches a new one).
 */
function proofOfWorkKey(blindIndexKey: string): string {
  const key = hkdfSync("sha256", Buffer.from(blindIndexKey, "base64"), "", "ansinh look-ups altcha v1", 32);
  return Buffer.from(key).toString("hex");
}

function decodePayload(altcha: string | undefined): Payload | undefined {
  if (!altcha || altcha.length > MAX_PAYLOAD_LENGTH) return undefined;
  try {
    const parsed = payloadShape.safeParse(JSON.parse(Buffer.from(altcha, "base64").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // not JSON
  }
}

function expiryOf(payload: Payload): Date | undefined {
  const seconds = Number(extractParams(payload).expires);
  return Number.isSafeInteger(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
}

function proofOfWorkRefused(): AppError {
  const message = {
    vi: "Không xác minh được bước kiểm tra bảo mật (có thể đã hết hạn hoặc đã được dùng). Vui lòng thử lại.",
    en: "The security check could not be verified (it may have expired or been used already). Please try again.",
  };
  return new AppError("validation", message, [{ field: "body.altcha", code: "proof_of_work", ...message }]);
}

import { getJson, type Locale } from "@ansinh/ui";
import { solveChallenge } from "altcha-lib/v1";
import type { Challenge } from "altcha-lib/v1/types";
import { lookUpApi } from "./look-up-api";

// The anonymous look-ups ask for an ALTCHA proof of work (the v1 protocol of altcha-lib): a hash the
// browser must find by trying numbers, cheap once and costly in bulk.

const algorithms: ReadonlyArray<Challenge["algorithm"]> = ["SHA-1", "SHA-256", "SHA-512"];

/** The challenge of GET /api/look-ups/challenge, or null if the body is not one. */
export function readChallenge(body: unknown): Challenge | null {
  if (typeof body !== "object" || body === null) return null;
  const { algorithm, challenge, maxnumber, salt, signature } = body as Record<string, unknown>;
  const known = algorithms.find((name) => name === algorithm);
  if (!known || typeof challenge !== "string" || typeof salt !== "string" || typeof signature !== "string") {
    return null;
  }
  const max =
    typeof maxnumber === "number" && Number.isSafeInteger(maxnumber) && maxnumber > 0 ? maxnumber : 1e6;
  return { algorithm: known, challenge, maxnumber: max, salt, signature };
}

/** The `altcha` field the look-ups are sent with: the standard payload, JSON in base64. */
export function altchaPayload(challenge: Challenge, number: number): string {
  const { algorithm, salt, signature } = challenge;
  // Only ASCII (hex, digits and the salt's URL parameters), so btoa takes it as it is.
  return btoa(JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }));
}

/** Finds the number on this thread; slower to the eye than a worker, but works everywhere. */
function solveHere(challenge: Challenge): Promise<number | null> {
  return solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise.then((solution) => solution?.number ?? null);
}

/** Finds the number in a Web Worker; rejects if the browser cannot run one, so the caller falls back. */
function solveInWorker(challenge: Challenge): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./proof-of-work-worker.ts", import.meta.url), { type: "module" });
    const done = () => worker.terminate();
    worker.addEventListener("message", (event: MessageEvent<unknown>) => {
      done();
      resolve(typeof event.data === "number" ? event.data : null);
    });
    worker.addEventListener("error", (event) => {
      done();
      reject(new Error(`The proof-of-work worker failed: ${event.message}`));
    });
    worker.postMessage(challenge);
  });
}

async function solve(challenge: Challenge): Promise<number | null> {
  try {
    return await solveInWorker(challenge);
  } catch {
    return solveHere(challenge);
  }
}

/**
 * A fresh proof for one look-up: a new challenge from the API, solved. Null when the challenge cannot
 * be had (offline, refused) or has no solution: the look-up then cannot be sent.
 */
export async function prepareProof(locale: Locale): Promise<string | null> {
  const sent = await getJson(lookUpApi.challenge, locale);
  const challenge = sent?.ok ? readChallenge(sent.body) : null;
  if (!challenge) return null;
  // Hashing needs WebCrypto, which a page opened over plain http:// does not have.
  const number = await solve(challenge).catch(() => null);
  return number === null ? null : altchaPayload(challenge, number);
}

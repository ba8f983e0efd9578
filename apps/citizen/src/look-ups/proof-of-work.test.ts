import { createChallenge, solveChallenge, verifySolution } from "altcha-lib/v1";
import { describe, expect, it } from "vitest";
import { altchaPayload, readChallenge } from "./proof-of-work";

const hmacKey = "a test key, not the server's";

describe("the proof of work", () => {
  it("reads a challenge as the API sends it, and answers with a payload the server accepts", async () => {
    const sent = await createChallenge({ hmacKey, maxnumber: 2_000, expires: new Date(Date.now() + 60_000) });
    const challenge = readChallenge(JSON.parse(JSON.stringify(sent)));
    expect(challenge).toEqual(sent);
    if (!challenge) return;
    const solution = await solveChallenge(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    ).promise;
    expect(solution).not.toBeNull();
    const payload = altchaPayload(challenge, solution?.number ?? -1);
    await expect(verifySolution(payload, hmacKey)).resolves.toBe(true);
    await expect(
      verifySolution(altchaPayload(challenge, (solution?.number ?? 0) + 1), hmacKey),
    ).resolves.toBe(false);
  });

  it("refuses what is not a challenge, and assumes the default range when none is said", () => {
    expect(readChallenge(null)).toBeNull();
    expect(readChallenge({ algorithm: "MD5", challenge: "a", salt: "b", signature: "c" })).toBeNull();
    expect(readChallenge({ algorithm: "SHA-256", challenge: "a", salt: "b" })).toBeNull();
    expect(readChallenge({ algorithm: "SHA-256", challenge: "a", salt: "b", signature: "c" })).toEqual({
      algorithm: "SHA-256",
      challenge: "a",
      maxnumber: 1e6,
      salt: "b",
      signature: "c",
    });
  });
});

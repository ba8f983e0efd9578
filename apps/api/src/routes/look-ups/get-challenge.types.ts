import { z } from "zod";

export const challengeResponse = z.object({
  algorithm: z.literal("SHA-256"),
  challenge: z.string().describe("SHA-256 (hex) of salt + the secret number"),
  maxnumber: z.number().int().describe("The secret number is at most this"),
  salt: z
    .string()
    .describe('Random hex, then "?expires=<unix seconds>&": the challenge ends 5 minutes after it is made'),
  signature: z.string().describe("HMAC-SHA-256 (hex) of the challenge"),
});

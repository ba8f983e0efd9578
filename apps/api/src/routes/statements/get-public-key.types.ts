import { z } from "zod";

export const publicKeyResponse = z.object({
  algorithm: z.literal("Ed25519"),
  keyId: z.string().describe("First 16 hex digits of the SHA-256 of the key's DER; printed on statements"),
  publicKeyPem: z.string().describe("SubjectPublicKeyInfo, PEM"),
  publicKeyJwk: z.object({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: z.string() }),
  tokenFormat: z.string(),
});

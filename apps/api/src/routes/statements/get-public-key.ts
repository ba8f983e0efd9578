import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { StatementKeys } from "../../statements/statement-keys";
import { publicKeyResponse } from "./get-public-key.types";

/** Who may call: anyone — with this key a statement's QR can be checked without asking AnSinh. */
export function registerGetPublicKey(app: FastifyInstance, keys: StatementKeys) {
  const jwk = keys.publicKey.export({ format: "jwk" });
  const body = {
    algorithm: "Ed25519" as const,
    keyId: keys.keyId,
    publicKeyPem: keys.publicKeyPem,
    publicKeyJwk: { kty: "OKP" as const, crv: "Ed25519" as const, x: String(jwk.x) },
    tokenFormat:
      "<payload>.<signature>, both base64url without padding: the signature is Ed25519 over the " +
      "payload's bytes, a compact UTF-8 JSON of the statement's content.",
  };
  app.withTypeProvider<ZodTypeProvider>().get(
    "/statements/public-key",
    {
      schema: {
        tags: ["records"],
        summary: "The public key that statement signatures verify against",
        response: { 200: publicKeyResponse },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", "public, max-age=3600");
      return body;
    },
  );
}

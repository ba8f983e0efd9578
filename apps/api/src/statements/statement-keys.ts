import { createHash, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";

/** The Ed25519 key pair that signs statements, and what anyone needs to check a signature. */
export interface StatementKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SubjectPublicKeyInfo PEM, as GET /api/statements/public-key publishes it. */
  publicKeyPem: string;
  /** First 16 hex digits of the SHA-256 of the public key's DER: names the key in logs and on the page. */
  keyId: string;
}

export class StatementKeyError extends Error {}

/**
 * Reads STATEMENT_SIGNING_KEY: an Ed25519 private key as PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----…"),
 * or the same DER bytes in base64 (one line, handy in an environment variable).
 */
export function parseStatementKey(text: string): StatementKeys {
  let privateKey: KeyObject;
  try {
    const trimmed = text.trim();
    privateKey = trimmed.startsWith("-----")
      ? createPrivateKey({ key: trimmed, format: "pem" })
      : createPrivateKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "pkcs8" });
  } catch {
    throw new StatementKeyError("must be an Ed25519 private key (PKCS#8 PEM, or its DER in base64)");
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new StatementKeyError(`must be an Ed25519 key (got ${privateKey.asymmetricKeyType ?? "unknown"})`);
  }
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ format: "der", type: "spki" });
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
    keyId: createHash("sha256").update(der).digest("hex").slice(0, 16),
  };
}

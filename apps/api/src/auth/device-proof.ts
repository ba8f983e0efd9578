import { createHash, createPublicKey, randomBytes, verify } from "node:crypto";

/** The public half of the app's device key, as WebCrypto exports it (ECDSA P-256). */
export interface DevicePublicKey {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
}

/** What the app signs: a fixed prefix keeps the key from being usable as a signing oracle elsewhere. */
export const deviceProofMessage = (nonce: string) => `ansinh-device:${nonce}`;

export const DEVICE_NONCE_SECONDS = 120;

/** A fresh nonce for one proof, and the hash under which it is kept. */
export function newDeviceNonce(): { nonce: string; hash: string } {
  const nonce = randomBytes(32).toString("base64url");
  return { nonce, hash: hashDeviceNonce(nonce) };
}

export const hashDeviceNonce = (nonce: string) => createHash("sha256").update(nonce).digest("base64url");

/** RFC 7638 thumbprint: the same key always gives the same id, whatever order its JSON came in. */
export function deviceThumbprint(key: DevicePublicKey): string {
  const canonical = JSON.stringify({ crv: key.crv, kty: key.kty, x: key.x, y: key.y });
  return createHash("sha256").update(canonical).digest("base64url");
}

/**
 * True when `signature` (WebCrypto's raw r‖s, base64url) is the key's ECDSA P-256/SHA-256 signature
 * of the nonce's message. A key that is not a point on the curve is simply not a valid proof.
 */
export function verifyDeviceProof(key: DevicePublicKey, nonce: string, signature: string): boolean {
  try {
    const publicKey = createPublicKey({ key: { ...key }, format: "jwk" });
    return verify(
      "sha256",
      Buffer.from(deviceProofMessage(nonce), "utf8"),
      { key: publicKey, dsaEncoding: "ieee-p1363" },
      Buffer.from(signature, "base64url"),
    );
  } catch {
    return false;
  }
}

import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  type DevicePublicKey,
  deviceProofMessage,
  deviceThumbprint,
  newDeviceNonce,
  verifyDeviceProof,
} from "./device-proof";

function deviceKey() {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" }) as unknown as DevicePublicKey;
  const prove = (nonce: string) =>
    sign("sha256", Buffer.from(deviceProofMessage(nonce)), {
      key: privateKey,
      dsaEncoding: "ieee-p1363",
    }).toString("base64url");
  return { jwk, prove };
}

describe("device proof", () => {
  it("accepts the key's signature of the nonce, and nothing else", () => {
    const a = deviceKey();
    const b = deviceKey();
    const { nonce } = newDeviceNonce();
    expect(verifyDeviceProof(a.jwk, nonce, a.prove(nonce))).toBe(true);
    expect(verifyDeviceProof(a.jwk, nonce, b.prove(nonce))).toBe(false);
    expect(verifyDeviceProof(a.jwk, `${nonce}x`, a.prove(nonce))).toBe(false);
    expect(verifyDeviceProof(a.jwk, nonce, "")).toBe(false);
  });

  it("refuses a key that is not a point on P-256 instead of throwing", () => {
    const a = deviceKey();
    const { nonce } = newDeviceNonce();
    const bent = { ...a.jwk, y: a.jwk.x };
    expect(verifyDeviceProof(bent, nonce, a.prove(nonce))).toBe(false);
  });

  it("gives a thumbprint that depends on the key only (RFC 7638)", () => {
    const a = deviceKey();
    const reordered = { y: a.jwk.y, x: a.jwk.x, crv: a.jwk.crv, kty: a.jwk.kty } as DevicePublicKey;
    expect(deviceThumbprint(reordered)).toBe(deviceThumbprint(a.jwk));
    expect(deviceThumbprint(deviceKey().jwk)).not.toBe(deviceThumbprint(a.jwk));
    expect(deviceThumbprint(a.jwk)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

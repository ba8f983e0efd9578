import { generateKeyPairSync, sign } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { type DevicePublicKey, deviceProofMessage } from "../auth/device-proof";

/** A phone as the API sees it: an ECDSA P-256 key pair, made the way the app makes one. */
export interface TestDevice {
  publicKey: DevicePublicKey;
  label: string;
  sign(nonce: string): string;
}

export function newTestDevice(label = "Test phone"): TestDevice {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    publicKey: publicKey.export({ format: "jwk" }) as unknown as DevicePublicKey,
    label,
    sign: (nonce) =>
      sign("sha256", Buffer.from(deviceProofMessage(nonce)), {
        key: privateKey,
        dsaEncoding: "ieee-p1363",
      }).toString("base64url"),
  };
}

/** Asks the API for a nonce and signs it: the `device` member of a sign-in. */
export async function deviceProof(app: FastifyInstance, device: TestDevice) {
  const res = await app.inject({ method: "POST", url: "/api/auth/device-challenge" });
  const { nonce } = res.json<{ nonce: string }>();
  return { publicKey: device.publicKey, nonce, signature: device.sign(nonce), label: device.label };
}

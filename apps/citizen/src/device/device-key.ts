import { toBase64Url } from "./base64url";
import { deviceLabel, type UserAgentHints } from "./device-label";

/** Why this browser cannot hold a device key: it lacks WebCrypto (or is not on https), or cannot store it. */
export type DeviceProblem = "noCrypto" | "noStorage";

export class DeviceUnsupportedError extends Error {
  constructor(
    readonly problem: DeviceProblem,
    options?: { cause?: unknown },
  ) {
    super(`This browser cannot keep a device key (${problem})`, options);
    this.name = "DeviceUnsupportedError";
  }
}

/** What the sign-in request carries to prove that it comes from this phone. */
interface DeviceProof {
  publicKey: { kty: "EC"; crv: "P-256"; x: string; y: string };
  nonce: string;
  signature: string;
  label: string;
}

const algorithm = { name: "ECDSA", namedCurve: "P-256" } as const;
const signing = { name: "ECDSA", hash: "SHA-256" } as const;

const databaseName = "ansinh-device";
const storeName = "keys";
const keyId = "device";

/** The bytes the server checks the signature against: "ansinh-device:" and the nonce, in UTF-8. */
export function deviceProofMessage(nonce: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`ansinh-device:${nonce}`);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === "undefined") return Promise.reject(new DeviceUnsupportedError("noStorage"));
  return new Promise((resolve, reject) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(databaseName, 1);
    } catch (cause) {
      reject(new DeviceUnsupportedError("noStorage", { cause }));
      return;
    }
    open.onupgradeneeded = () => open.result.createObjectStore(storeName);
    open.onsuccess = () => resolve(open.result);
    // Private windows of some browsers refuse IndexedDB outright.
    open.onerror = () => reject(new DeviceUnsupportedError("noStorage", { cause: open.error }));
    open.onblocked = () => reject(new DeviceUnsupportedError("noStorage"));
  });
}

function isKeyPair(value: unknown): value is CryptoKeyPair {
  if (typeof value !== "object" || value === null) return false;
  const { privateKey, publicKey } = value as Partial<CryptoKeyPair>;
  return privateKey instanceof CryptoKey && publicKey instanceof CryptoKey;
}

async function readKeyPair(db: IDBDatabase): Promise<CryptoKeyPair | null> {
  const found: unknown = await request(
    db.transaction(storeName, "readonly").objectStore(storeName).get(keyId),
  );
  return isKeyPair(found) ? found : null;
}

/**
 * This browser's device key: made once, then the same on every sign-in. The private key is not
 * extractable, so no script (ours included) can copy it off the phone; IndexedDB keeps the CryptoKey
 * objects themselves. `add` (not `put`) settles a race between two tabs: the first key stored wins.
 */
async function deviceKeyPair(): Promise<CryptoKeyPair> {
  if (typeof crypto === "undefined" || !crypto.subtle) throw new DeviceUnsupportedError("noCrypto");
  const db = await openDatabase();
  try {
    const existing = await readKeyPair(db);
    if (existing) return existing;
    let made: CryptoKeyPair;
    try {
      made = await crypto.subtle.generateKey(algorithm, false, ["sign", "verify"]);
    } catch (cause) {
      throw new DeviceUnsupportedError("noCrypto", { cause });
    }
    try {
      await request(db.transaction(storeName, "readwrite").objectStore(storeName).add(made, keyId));
      return made;
    } catch (cause) {
      const stored = await readKeyPair(db);
      if (stored) return stored;
      throw new DeviceUnsupportedError("noStorage", { cause });
    }
  } finally {
    db.close();
  }
}

interface NavigatorWithHints {
  userAgentData?: UserAgentHints & {
    getHighEntropyValues?: (hints: string[]) => Promise<UserAgentHints>;
  };
}

/** The label the owner will see for this phone; asks for the model where the browser tells it. */
async function currentDeviceLabel(): Promise<string> {
  const data = (navigator as Navigator & NavigatorWithHints).userAgentData;
  let hints: UserAgentHints | undefined = data
    ? { brands: data.brands, platform: data.platform, mobile: data.mobile }
    : undefined;
  try {
    const more = await data?.getHighEntropyValues?.(["model"]);
    if (more?.model) hints = { ...hints, model: more.model };
  } catch {
    // The model is a nicety; the label stands without it.
  }
  return deviceLabel(navigator.userAgent, hints);
}

/** Signs the server's nonce with this phone's key; throws DeviceUnsupportedError when it cannot. */
export async function proveDevice(nonce: string): Promise<DeviceProof> {
  const keys = await deviceKeyPair();
  const [jwk, signature, label] = await Promise.all([
    crypto.subtle.exportKey("jwk", keys.publicKey),
    crypto.subtle.sign(signing, keys.privateKey, deviceProofMessage(nonce)),
    currentDeviceLabel(),
  ]);
  if (!jwk.x || !jwk.y) throw new DeviceUnsupportedError("noCrypto");
  return {
    publicKey: { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y },
    nonce,
    signature: toBase64Url(new Uint8Array(signature)),
    label,
  };
}

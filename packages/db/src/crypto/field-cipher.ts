import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/**
 * Encryption of sensitive fields at rest (national ID numbers, TOTP secrets).
 *
 * Ciphertext layout: [1 byte key id][12 bytes IV][16 bytes GCM tag][ciphertext]. The key id lets keys be
 * rotated: new writes use the current key, old rows stay readable with the retired ones.
 * The blind index is a keyed HMAC of the normalised value: equal values give equal indexes, so a
 * look-up by ID number needs no decryption, and without the key the index reveals nothing.
 */
interface FieldKeys {
  /** key id → 32-byte AES key; `current` is used for new writes. */
  encryption: ReadonlyMap<number, Buffer>;
  current: number;
  blindIndex: Buffer;
}

export interface FieldCipher {
  encrypt(plain: string): Buffer;
  decrypt(cipher: Uint8Array): string;
  blindIndex(normalised: string): string;
}

export function createFieldCipher(keys: FieldKeys): FieldCipher {
  const currentKey = keys.encryption.get(keys.current);
  if (currentKey?.length !== 32) throw new Error(`Encryption key ${keys.current} must be 32 bytes`);
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", currentKey, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return Buffer.concat([Buffer.of(keys.current), iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      const buf = Buffer.from(data);
      const key = keys.encryption.get(buf[0] ?? -1);
      if (!key) throw new Error(`Unknown encryption key id ${buf[0]}`);
      const decipher = createDecipheriv("aes-256-gcm", key, buf.subarray(1, 13));
      decipher.setAuthTag(buf.subarray(13, 29));
      return Buffer.concat([decipher.update(buf.subarray(29)), decipher.final()]).toString("utf8");
    },
    blindIndex(normalised) {
      return createHmac("sha256", keys.blindIndex).update(normalised).digest("base64url").slice(0, 32);
    },
  };
}

/** Parses "1:<base64>,2:<base64>" (the last id listed is current) as given in FIELD_ENCRYPTION_KEYS. */
export function parseFieldKeys(encryptionKeys: string, blindIndexKey: string): FieldKeys {
  const encryption = new Map<number, Buffer>();
  let current = -1;
  for (const entry of encryptionKeys.split(",")) {
    const [id, key] = entry.trim().split(":");
    const keyId = Number(id);
    if (!Number.isInteger(keyId) || keyId < 0 || keyId > 255 || !key) {
      throw new Error("FIELD_ENCRYPTION_KEYS must look like 1:<base64 32 bytes>[,2:<base64 32 bytes>]");
    }
    encryption.set(keyId, Buffer.from(key, "base64"));
    current = keyId;
  }
  return { encryption, current, blindIndex: Buffer.from(blindIndexKey, "base64") };
}

/** The cipher for keys as configuration carries them (FIELD_ENCRYPTION_KEYS, BLIND_INDEX_KEY). */
export function fieldCipherFor(keys: { fieldEncryption: string; blindIndex: string }): FieldCipher {
  return createFieldCipher(parseFieldKeys(keys.fieldEncryption, keys.blindIndex));
}

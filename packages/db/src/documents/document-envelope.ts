import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { parseFieldKeys } from "../crypto/field-cipher";

/**
 * Envelope encryption of one document, the same bytes whichever store keeps them.
 *
 * Each document gets a fresh random 256-bit data key that encrypts its content with AES-256-GCM; the data
 * key is stored wrapped (AES-256-GCM) by a master key, whose id is in the header: new documents use the
 * current master key, older ones stay readable with the retired keys, and moving a document to a new key
 * would mean rewrapping its 32-byte data key, never re-encrypting its content.
 *
 * Layout, version 1:
 *   "ANSD" | version 1 | key id 1 | wrap IV 12 | wrapped data key 32 | wrap tag 16 | content IV 12 |
 *   meta length 2 (big-endian) | meta (JSON: mime, personId) | ciphertext | content tag 16
 * The document id is not stored but bound in as associated data, and the whole header is associated data
 * of the content: a file moved to another id, or with any header byte changed, fails to open.
 */
const MAGIC = Buffer.from("ANSD", "latin1");
const VERSION = 1;
const IV_LENGTH = 12;
const KEY_LENGTH = 32;
const TAG_LENGTH = 16;

const KEY_ID_AT = 5;
const WRAP_IV_AT = 6;
const WRAPPED_KEY_AT = WRAP_IV_AT + IV_LENGTH;
const WRAP_TAG_AT = WRAPPED_KEY_AT + KEY_LENGTH;
const CONTENT_IV_AT = WRAP_TAG_AT + TAG_LENGTH;
const META_LENGTH_AT = CONTENT_IV_AT + IV_LENGTH;
const META_AT = META_LENGTH_AT + 2;

interface DocumentMeta {
  mime: string;
  personId: string;
}

/** Key id → wrapping key; `current` wraps new documents, the others stay for reading older ones. */
interface DocumentKeyring {
  current: number;
  wrapping: ReadonlyMap<number, Buffer>;
}

/**
 * Builds the keyring from FIELD_ENCRYPTION_KEYS, so documents rotate with the same keys and ids as the
 * encrypted fields. Each wrapping key is derived (HKDF) from its master key rather than being the master
 * key itself: a key used for one purpose only can never have a field ciphertext taken for a wrapped key.
 */
export function documentKeyring(fieldEncryptionKeys: string): DocumentKeyring {
  // The blind-index key plays no part in documents.
  const { encryption, current } = parseFieldKeys(fieldEncryptionKeys, "");
  const wrapping = new Map<number, Buffer>();
  for (const [id, key] of encryption) {
    if (key.length !== KEY_LENGTH) throw new Error(`Encryption key ${id} must be ${KEY_LENGTH} bytes`);
    const derived = hkdfSync(
      "sha256",
      key,
      Buffer.alloc(0),
      "ansinh documents: data key wrapping",
      KEY_LENGTH,
    );
    wrapping.set(id, Buffer.from(derived));
  }
  return { current, wrapping };
}

export function sealDocument(
  keyring: DocumentKeyring,
  id: string,
  meta: DocumentMeta,
  plain: Buffer,
): Buffer {
  const wrappingKey = keyOf(keyring, keyring.current);
  const idBytes = Buffer.from(id, "utf8");
  const dataKey = randomBytes(KEY_LENGTH);
  const wrapIv = randomBytes(IV_LENGTH);
  const wrapper = createCipheriv("aes-256-gcm", wrappingKey, wrapIv).setAAD(idBytes);
  const wrappedKey = Buffer.concat([wrapper.update(dataKey), wrapper.final()]);
  const metaBytes = Buffer.from(JSON.stringify(meta), "utf8");
  const metaLength = Buffer.alloc(2);
  metaLength.writeUInt16BE(metaBytes.length);
  const header = Buffer.concat([
    MAGIC,
    Buffer.of(VERSION, keyring.current),
    wrapIv,
    wrappedKey,
    wrapper.getAuthTag(),
    randomBytes(IV_LENGTH),
    metaLength,
    metaBytes,
  ]);
  const cipher = createCipheriv("aes-256-gcm", dataKey, header.subarray(CONTENT_IV_AT, META_LENGTH_AT));
  cipher.setAAD(Buffer.concat([header, idBytes]));
  return Buffer.concat([header, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

export function openDocument(
  keyring: DocumentKeyring,
  id: string,
  sealed: Buffer,
): { meta: DocumentMeta; data: Buffer } {
  if (sealed.length < META_AT + TAG_LENGTH || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error(`Document ${id} is not a sealed document`);
  }
  if (sealed[MAGIC.length] !== VERSION)
    throw new Error(`Document ${id} has unknown version ${sealed[MAGIC.length]}`);
  const wrappingKey = keyOf(keyring, sealed[KEY_ID_AT] ?? -1);
  const metaEnd = META_AT + sealed.readUInt16BE(META_LENGTH_AT);
  if (metaEnd + TAG_LENGTH > sealed.length) throw new Error(`Document ${id} is cut short`);
  const idBytes = Buffer.from(id, "utf8");

  const unwrapper = createDecipheriv("aes-256-gcm", wrappingKey, sealed.subarray(WRAP_IV_AT, WRAPPED_KEY_AT))
    .setAAD(idBytes)
    .setAuthTag(sealed.subarray(WRAP_TAG_AT, CONTENT_IV_AT));
  const dataKey = Buffer.concat([
    unwrapper.update(sealed.subarray(WRAPPED_KEY_AT, WRAP_TAG_AT)),
    unwrapper.final(),
  ]);

  const tagAt = sealed.length - TAG_LENGTH;
  const decipher = createDecipheriv("aes-256-gcm", dataKey, sealed.subarray(CONTENT_IV_AT, META_LENGTH_AT))
    .setAAD(Buffer.concat([sealed.subarray(0, metaEnd), idBytes]))
    .setAuthTag(sealed.subarray(tagAt));
  const data = Buffer.concat([decipher.update(sealed.subarray(metaEnd, tagAt)), decipher.final()]);
  // Parsed only now that the tag has proved the header is ours.
  const meta: DocumentMeta = JSON.parse(sealed.toString("utf8", META_AT, metaEnd));
  return { meta, data };
}

function keyOf(keyring: DocumentKeyring, id: number): Buffer {
  const key = keyring.wrapping.get(id);
  if (!key) throw new Error(`Unknown document key id ${id}`);
  return key;
}

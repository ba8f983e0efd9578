import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { uuidv7 } from "../uuidv7";
import { documentKeyring, openDocument, sealDocument } from "./document-envelope";
import { DocumentNotFoundError, type DocumentStore } from "./document-store";

interface FileDocumentStoreOptions {
  /** e.g. `<DATA_DIR>/documents`; created on first write. */
  directory: string;
  /** As configuration carries them: FIELD_ENCRYPTION_KEYS. */
  keys: { fieldEncryption: string };
}

// Ids come from URLs; only a well-formed UUID ever becomes part of a path, so no id can walk out of the
// directory.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// The media type is sent back as a Content-Type header later: nothing but a plain type/subtype.
const MEDIA_TYPE = /^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/;

/** Documents as files under `<directory>/ab/cd/<id>`, two levels so that no directory grows huge. */
export function createFileDocumentStore(options: FileDocumentStoreOptions): DocumentStore {
  const keyring = documentKeyring(options.keys.fieldEncryption);

  function pathOf(id: string): string {
    if (!UUID.test(id)) throw new DocumentNotFoundError(id);
    // The last hex digits of a UUIDv7 are random; its first ones are a clock and would crowd one folder.
    const shard = id.slice(-4);
    return join(options.directory, shard.slice(0, 2), shard.slice(2), id);
  }

  return {
    async put(owner, data, mime) {
      if (!MEDIA_TYPE.test(mime)) throw new Error(`Not a media type: ${JSON.stringify(mime)}`);
      const id = uuidv7();
      await writeAtomically(pathOf(id), sealDocument(keyring, id, { mime, personId: owner.personId }, data));
      return { id, sha256: createHash("sha256").update(data).digest("hex"), size: data.length };
    },

    async get(id) {
      const path = pathOf(id);
      const sealed = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        throw error.code === "ENOENT" ? new DocumentNotFoundError(id) : error;
      });
      const { meta, data } = openDocument(keyring, id, sealed);
      return { data, mime: meta.mime, owner: { personId: meta.personId } };
    },

    async delete(id) {
      await rm(pathOf(id), { force: true });
    },
  };
}

/**
 * Written beside its final place and renamed over it, after both the file and its directory are flushed:
 * a crash leaves the whole document or none of it, never a torn file that a database row points at.
 */
async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const file = await open(temporary, "wx", 0o600);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const folder = await open(directory, "r");
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

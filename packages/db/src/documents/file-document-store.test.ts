import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentNotFoundError, type DocumentStore } from "./document-store";
import { createFileDocumentStore } from "./file-document-store";

const key = () => randomBytes(32).toString("base64");
const owner = { personId: "0195f3a2-7b1c-7d4e-8f00-123456789abc" };
// Plain content that would be easy to find in a file if it were stored in clear.
const portrait = Buffer.concat([
  Buffer.from("\xff\xd8\xff\xe0 JFIF CCCD 001200000001 ", "latin1"),
  randomBytes(4096),
]);

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "ansinh-documents-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

function storeIn(name: string, fieldEncryption = `1:${key()}`): { store: DocumentStore; directory: string } {
  const directory = join(root, name);
  return { store: createFileDocumentStore({ directory, keys: { fieldEncryption } }), directory };
}

function fileOf(directory: string, id: string): string {
  return join(directory, id.slice(-4, -2), id.slice(-2), id);
}

describe("file document store", () => {
  it("round-trips a document and reports the plain content's hash and size", async () => {
    const { store, directory } = storeIn("round-trip");
    const stored = await store.put(owner, portrait, "image/jpeg");

    expect(stored).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sha256: createHash("sha256").update(portrait).digest("hex"),
      size: portrait.length,
    });
    expect(await store.get(stored.id)).toEqual({ data: portrait, mime: "image/jpeg", owner });
    // Only the document itself is left behind: no temporary file, and nobody else may read it.
    expect(await readdir(dirname(fileOf(directory, stored.id)))).toEqual([stored.id]);
    expect((await stat(fileOf(directory, stored.id))).mode & 0o777).toBe(0o600);
  });

  it("keeps no plain content in the file, and encrypts the same content differently each time", async () => {
    const { store, directory } = storeIn("no-plaintext");
    const first = await store.put(owner, portrait, "image/jpeg");
    const second = await store.put(owner, portrait, "image/jpeg");

    const files = await Promise.all([first, second].map((doc) => readFile(fileOf(directory, doc.id))));
    for (const file of files) {
      expect(file.includes("CCCD 001200000001")).toBe(false);
      expect(file.includes(portrait.subarray(64, 128))).toBe(false);
    }
    expect(first.id).not.toBe(second.id);
    expect(first.sha256).toBe(second.sha256);
    // A fresh data key per document: equal content never gives equal ciphertext.
    expect(files[0]?.subarray(-portrait.length)).not.toEqual(files[1]?.subarray(-portrait.length));
  });

  it("refuses a file with any byte changed, in the content or in the header", async () => {
    const { store, directory } = storeIn("tamper");
    // Offsets from the start, or from the end when negative (layout in document-envelope.ts).
    const places = {
      "content tag": -1,
      ciphertext: -100,
      "wrapped data key": 18,
      "owner in the header": -(portrait.length + 20),
    };
    for (const [place, at] of Object.entries(places)) {
      const { id } = await store.put(owner, portrait, "image/jpeg");
      const path = fileOf(directory, id);
      const file = await readFile(path);
      const index = at < 0 ? file.length + at : at;
      file[index] = (file[index] ?? 0) ^ 0x01;
      await writeFile(path, file);
      await expect(store.get(id), place).rejects.toThrow();
    }
  });

  it("refuses a file cut short, wherever the cut falls", async () => {
    const { store, directory } = storeIn("cut-short");
    const cuts: [number, RegExp][] = [
      [40, /not a sealed document/], // inside the fixed header
      [100, /cut short/], // inside the meta
      [1000, /authenticate/], // inside the content: the tag no longer matches
    ];
    for (const [keep, error] of cuts) {
      const { id } = await store.put(owner, portrait, "image/jpeg");
      const path = fileOf(directory, id);
      await writeFile(path, (await readFile(path)).subarray(0, keep));
      await expect(store.get(id)).rejects.toThrow(error);
    }
  });

  it("refuses a file moved to another document's place", async () => {
    const { store, directory } = storeIn("swap");
    const mine = await store.put(owner, portrait, "image/jpeg");
    const theirs = await store.put(
      { personId: "someone-else" },
      Buffer.from("another picture"),
      "image/jpeg",
    );
    await rename(fileOf(directory, mine.id), fileOf(directory, theirs.id));
    await expect(store.get(theirs.id)).rejects.toThrow();
  });

  it("reads documents written before a key rotation, and writes new ones with the new key", async () => {
    const oldKey = `1:${key()}`;
    const before = storeIn("rotation", oldKey);
    const old = await before.store.put(owner, portrait, "image/png");

    const rotated = createFileDocumentStore({
      directory: before.directory,
      keys: { fieldEncryption: `${oldKey},2:${key()}` },
    });
    expect(await rotated.get(old.id)).toMatchObject({ data: portrait, mime: "image/png" });
    const fresh = await rotated.put(owner, portrait, "image/jpeg");
    expect((await readFile(fileOf(before.directory, fresh.id)))[5]).toBe(2);

    const oldKeyRetired = createFileDocumentStore({
      directory: before.directory,
      keys: { fieldEncryption: `2:${key()}` },
    });
    await expect(oldKeyRetired.get(old.id)).rejects.toThrow(/Unknown document key id 1/);
  });

  it("answers not found for unknown, deleted and malformed ids, without touching paths outside", async () => {
    const { store } = storeIn("not-found");
    const { id } = await store.put(owner, portrait, "image/jpeg");
    await store.delete(id);
    await store.delete(id);
    for (const missing of [id, "0195f3a2-7b1c-7d4e-8f00-000000000000", "../../../etc/passwd"]) {
      await expect(store.get(missing)).rejects.toBeInstanceOf(DocumentNotFoundError);
    }
  });

  it("refuses a media type that is not a plain type/subtype, and a key that is not 256 bits", async () => {
    const { store } = storeIn("bad-input");
    await expect(store.put(owner, portrait, "image/jpeg\r\nSet-Cookie: x=1")).rejects.toThrow(/media type/);
    expect(() =>
      createFileDocumentStore({ directory: root, keys: { fieldEncryption: "1:c2hvcnQ=" } }),
    ).toThrow(/32 bytes/);
  });
});

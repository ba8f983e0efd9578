import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSmsLog } from "./file-sms-log";

// Tiny chunks, so that lines (with multi-byte text) straddle chunk boundaries everywhere.
const tiny = { chunkBytes: 7, scanBytes: 1_000_000 };

describe("reading the SMS sandbox file from its end", () => {
  let directory: string;
  let path: string;
  const lines = Array.from({ length: 12 }, (_, i) => ({
    to: i % 4 === 0 ? "0966555777" : "0912345678",
    text: `Tin nhắn số ${i} — ${"x".repeat(i * 5)}`,
    sentAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  }));
  const texts = (items: { text: string }[]) => items.map((sms) => sms.text.slice(0, 14));

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "ansinh-sms-log-"));
    path = join(directory, "sms.jsonl");
    await writeFile(path, `${lines.map((line) => JSON.stringify(line)).join("\n")}\n{"to":"09`);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it("walks every line once, newest first, whatever the chunk size", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await readFileSmsLog(path, { limit: 5, cursor }, tiny);
      seen.push(...texts(page.items));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(texts(lines.toReversed()));
  });

  it("stops a filtered page at the scan limit and says where to go on", async () => {
    const first = await readFileSmsLog(
      path,
      { limit: 10, phone: "0966555777" },
      { chunkBytes: 16, scanBytes: 200 },
    );
    expect(first.items.length).toBeLessThan(3);
    expect(first.nextCursor).not.toBeNull();
    const all = [...first.items];
    let cursor = first.nextCursor ?? undefined;
    while (cursor) {
      const page = await readFileSmsLog(
        path,
        { limit: 10, cursor, phone: "0966555777" },
        { chunkBytes: 16, scanBytes: 200 },
      );
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    }
    expect(texts(all)).toEqual(["Tin nhắn số 8 ", "Tin nhắn số 4 ", "Tin nhắn số 0 "]);
  });

  it("finds nothing in a file that is not there yet", async () => {
    expect(await readFileSmsLog(join(directory, "none.jsonl"), { limit: 5 })).toEqual({
      provider: "file",
      items: [],
      nextCursor: null,
    });
  });
});

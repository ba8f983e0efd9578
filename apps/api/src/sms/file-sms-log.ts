import { open } from "node:fs/promises";
import { parseMobile } from "@ansinh/domain";
import { z } from "zod";
import type { SandboxSms, SmsLogPage, SmsLogQuery } from "./sms-log";
import { invalidSmsCursor } from "./sms-log-cursor";

const smsLineSchema = z.object({ to: z.string(), text: z.string(), sentAt: z.string() });

const NEWLINE = 0x0a;

interface ReadLimits {
  /** Bytes read from the disk at a time. */
  chunkBytes: number;
  /**
   * Most bytes read for one page. Without a filter a page of 100 lines is about 25 KB; with a phone
   * filter that matches little, a page stops here and says where to go on (fewer items, a cursor).
   */
  scanBytes: number;
}

const LIMITS: ReadLimits = { chunkBytes: 64 * 1024, scanBytes: 4 * 1024 * 1024 };

/**
 * The sandbox file (one JSON line per SMS, appended) read from its end, newest first, a chunk at a
 * time: a page costs the bytes of its own lines, however large the file has grown. The cursor is the
 * byte position where the page's oldest line starts; the next page is what comes before it. A line
 * still being written (no newline yet) and lines that are not an SMS are skipped.
 */
export async function readFileSmsLog(
  path: string,
  query: SmsLogQuery,
  limits: ReadLimits = LIMITS,
): Promise<Extract<SmsLogPage, { provider: "file" }>> {
  const before = query.cursor === undefined ? undefined : Number(query.cursor);
  if (before !== undefined && !Number.isSafeInteger(before)) throw invalidSmsCursor();
  const items: SandboxSms[] = [];
  const page = (nextCursor: number | null) => ({
    provider: "file" as const,
    items,
    nextCursor: nextCursor === null || nextCursor <= 0 ? null : String(nextCursor),
  });

  const file = await open(path, "r").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (!file) return page(null);
  try {
    const end = Math.min(before ?? Number.POSITIVE_INFINITY, (await file.stat()).size);
    // `held` is the file's bytes [position, boundary): read, not yet turned into lines. Whatever
    // follows the last newline before `end` is a line still being written, dropped once it is found.
    let position = end;
    let boundary = end;
    let held: Buffer = Buffer.alloc(0);
    let tailDropped = false;
    let scanned = 0;
    while (true) {
      if (tailDropped) {
        // Every complete line in `held`, newest first; the first one may begin in an unread chunk.
        while (held.length > 0) {
          // (A negative offset would count from the end: a lone "\n" has no newline before it.)
          const previous = held.length < 2 ? -1 : held.lastIndexOf(NEWLINE, held.length - 2);
          if (previous === -1 && position > 0) break;
          const lineStart = position + previous + 1;
          const sms = matchingSms(held.subarray(previous + 1, held.length - 1), query.phone);
          held = held.subarray(0, previous + 1);
          boundary = lineStart;
          if (sms) items.push(sms);
          if (items.length === query.limit) return page(lineStart);
        }
        if (scanned >= limits.scanBytes) return page(boundary);
      }
      if (position === 0) return page(null);
      const size = Math.min(limits.chunkBytes, position);
      position -= size;
      const chunk = Buffer.alloc(size);
      await file.read(chunk, 0, size, position);
      scanned += size;
      held = Buffer.concat([chunk, held]);
      if (!tailDropped) {
        const lastNewline = held.lastIndexOf(NEWLINE);
        if (lastNewline !== -1) {
          held = held.subarray(0, lastNewline + 1);
          boundary = position + lastNewline + 1;
          tailDropped = true;
        }
      }
    }
  } finally {
    await file.close();
  }
}

/** The line as an SMS when it is one and goes to the phone asked for (the cheap byte test first). */
function matchingSms(line: Buffer, phone: string | undefined): SandboxSms | null {
  // A number is written "0966555777", "84966555777" or "+84966555777": all hold its last 9 digits.
  if (phone !== undefined && !line.includes(phone.slice(1))) return null;
  let parsed: ReturnType<typeof smsLineSchema.safeParse>;
  try {
    parsed = smsLineSchema.safeParse(JSON.parse(line.toString("utf8")));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  if (phone !== undefined && nationalForm(parsed.data.to) !== phone) return null;
  return parsed.data;
}

function nationalForm(to: string): string {
  const parsed = parseMobile(to);
  return parsed.ok ? parsed.value : to;
}

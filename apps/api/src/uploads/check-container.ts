/**
 * Refuses files that are a picture and something else at once (polyglots): a photo with a ZIP, PDF or
 * web page hidden in it can pass as an image here and be opened as the other thing elsewhere — by a
 * staff member's browser, an antivirus, an archive tool. Re-encoding would drop the extra bytes anyway;
 * refusing the file too means a crafted upload is noticed rather than quietly cleaned. The cost: phones
 * that append a video or maker data after the photo (motion photos) are refused as well, unless the
 * citizen app re-encodes the picture in the browser before sending it.
 *
 * Two checks: the bytes must end where the picture's own structure says it ends (JPEG, PNG, WebP), and
 * the first and last KBs — where other readers look for their signatures — must hold none of them.
 */
type ContainerProblem = "truncated" | "polyglot";

// A PDF reader looks for its header in the first KB, a ZIP reader for its directory at the end, a browser
// sniffs markup near the start: these windows cover those places. Wider ones would only add false alarms
// from compressed pixel data that happens to contain a signature by chance.
const WINDOW = 4096;

const binarySignatures = [
  "%PDF-",
  "PK\x03\x04", // ZIP (also .docx, .jar, .apk) local file header
  "PK\x05\x06", // ZIP end of central directory
  "Rar!\x1a\x07",
  "7z\xbc\xaf\x27\x1c",
  "\x7fELF",
].map((signature) => Buffer.from(signature, "latin1"));

// Browsers and PHP read markup case-insensitively, so these are matched on lower-cased text.
const markupSignatures = ["<html", "<script", "<?php", "<svg", "<iframe", "<!doctype"];

export function checkContainer(bytes: Buffer, format: string): ContainerProblem | undefined {
  if (hasForeignSignature(bytes)) return "polyglot";
  const end = imageEnd(bytes, format);
  if (end === "unknown") return undefined;
  if (end === undefined) return "truncated";
  return end < bytes.length ? "polyglot" : undefined;
}

function hasForeignSignature(bytes: Buffer): boolean {
  const windows =
    bytes.length <= 2 * WINDOW ? [bytes] : [bytes.subarray(0, WINDOW), bytes.subarray(bytes.length - WINDOW)];
  return windows.some((window) => {
    const text = window.toString("latin1").toLowerCase();
    return (
      binarySignatures.some((signature) => window.includes(signature)) ||
      markupSignatures.some((signature) => text.includes(signature))
    );
  });
}

/**
 * Where the picture ends: an offset, undefined when its structure is cut short, or "unknown" for HEIF,
 * whose box tree cannot tell appended bytes from a damaged last box; there the signature scan and the
 * full decode are the defence.
 */
function imageEnd(bytes: Buffer, format: string): number | undefined | "unknown" {
  switch (format) {
    case "jpeg":
      return jpegSequenceEnd(bytes);
    case "png":
      return pngEnd(bytes);
    case "webp":
      return webpEnd(bytes);
    default:
      return "unknown";
  }
}

/**
 * Phones write several JPEGs back to back in one file (MPF: the Ultra HDR gain map of recent Android
 * cameras, depth maps), so the file may continue with further complete JPEGs, and with nothing else.
 */
function jpegSequenceEnd(bytes: Buffer): number | undefined {
  let offset = 0;
  do {
    const end = jpegEnd(bytes, offset);
    if (end === undefined) return undefined;
    offset = end;
  } while (bytes[offset] === 0xff && bytes[offset + 1] === 0xd8);
  return offset;
}

/** Walks the marker segments from SOI at `start` to EOI, skipping entropy-coded data after each SOS. */
function jpegEnd(bytes: Buffer, start: number): number | undefined {
  if (bytes[start] !== 0xff || bytes[start + 1] !== 0xd8) return undefined;
  let i = start + 2;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte before a marker
    } else if (marker === 0xd9) {
      return i + 2;
    } else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
    } else {
      if (i + 3 >= bytes.length) return undefined;
      i += 2 + bytes.readUInt16BE(i + 2);
      if (marker === 0xda) i = entropyDataEnd(bytes, i);
    }
  }
  return undefined;
}

/** Inside scan data 0xFF is followed by 0x00 (a stuffed byte) or a restart marker; anything else ends it. */
function entropyDataEnd(bytes: Buffer, from: number): number {
  let i = bytes.indexOf(0xff, from);
  while (i !== -1 && i + 1 < bytes.length) {
    const next = bytes[i + 1] ?? 0;
    if (next !== 0x00 && (next < 0xd0 || next > 0xd7)) return i;
    i = bytes.indexOf(0xff, i + 2);
  }
  return bytes.length;
}

/** Walks the chunks (length, type, data, CRC) after the 8-byte signature up to and including IEND. */
function pngEnd(bytes: Buffer): number | undefined {
  let i = 8;
  while (i + 8 <= bytes.length) {
    const next = i + 12 + bytes.readUInt32BE(i);
    if (next > bytes.length) return undefined;
    if (bytes.toString("latin1", i + 4, i + 8) === "IEND") return next;
    i = next;
  }
  return undefined;
}

/** A RIFF file states its own size after "RIFF"; the size excludes those first 8 bytes. */
function webpEnd(bytes: Buffer): number | undefined {
  if (bytes.length < 12) return undefined;
  const end = 8 + bytes.readUInt32LE(4);
  return end > bytes.length ? undefined : end;
}

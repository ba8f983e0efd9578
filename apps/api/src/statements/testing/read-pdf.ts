import { inflateSync } from "node:zlib";
import jsQR from "jsqr";

/**
 * Just enough of a PDF reader for the tests of the statement (pdfkit's output, no other PDF): the
 * text of each page through the fonts' ToUnicode maps, the link annotations' URIs, and the QR drawn as
 * rectangles, read back with jsQR.
 */
interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf("stream\n");
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const dataStart = start + streamAt + "stream\n".length;
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dict, stream: dict.includes("/FlateDecode") ? inflateSync(raw) : raw });
    // Go on after the stream's bytes, which may hold anything.
    pattern.lastIndex = dataStart + length;
  }
  return objects;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** A ToUnicode CMap as pdfkit writes it: bfrange lines with arrays of UTF-16BE strings. */
function unicodeMapOf(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le");
  for (const [, from, , list] of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    let code = Number.parseInt(from ?? "0", 16);
    for (const [, hex] of (list ?? "").matchAll(/<([0-9a-f]+)>/gi)) map.set(code++, utf16(hex ?? ""));
  }
  const withoutArrays = cmap.replace(/\[[^\]]*\]/g, "");
  for (const [, from, to, dest] of withoutArrays.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> <([0-9a-f]+)>/gi)) {
    const first = Number.parseInt(from ?? "0", 16);
    const base = Number.parseInt(dest ?? "0", 16);
    for (let code = first; code <= Number.parseInt(to ?? "0", 16); code++) {
      map.set(code, String.fromCodePoint(base + code - first));
    }
  }
  return map;
}

interface PdfPage {
  /** The text of the page, one line per baseline, runs on a line joined as they were drawn. */
  text: string;
  /** The page's content stream, uncompressed. */
  content: string;
}

export interface ReadPdf {
  pages: PdfPage[];
  /** All pages' text. */
  text: string;
  /** URIs of the link annotations. */
  links: string[];
}

export function readPdf(pdf: Buffer): ReadPdf {
  const objects = objectsOf(pdf);
  const pages: PdfPage[] = [];
  const links: string[] = [];
  for (const object of objects.values()) {
    for (const [, uri] of object.dict.matchAll(/\/URI \(((?:[^()\\]|\\.)*)\)/g)) {
      links.push((uri ?? "").replace(/\\(.)/g, "$1"));
    }
  }
  const catalogue = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(catalogue?.dict ?? "")?.[1] ?? "").matchAll(/(\d+) 0 R/g)];
  for (const [, id] of kids) {
    const page = objects.get(Number(id));
    if (!page) continue;
    const resources = objects.get(ref(page.dict, "Resources"))?.dict ?? "";
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? "";
    for (const [, name, fontId] of fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const font = objects.get(Number(fontId));
      const cmap = objects.get(ref(font?.dict ?? "", "ToUnicode"))?.stream?.toString("latin1") ?? "";
      fonts.set(name ?? "", unicodeMapOf(cmap));
    }
    const content = objects.get(ref(page.dict, "Contents"))?.stream?.toString("latin1") ?? "";
    pages.push({ content, text: textOf(content, fonts) });
  }
  return { pages, text: pages.map((p) => p.text).join("\n"), links };
}

function textOf(content: string, fonts: Map<string, Map<number, string>>): string {
  const lines: string[] = [];
  let font = new Map<number, string>();
  let lineY: string | undefined;
  let line = "";
  const ops = /\/(\S+) [\d.]+ Tf|1 0 0 1 [-\d.]+ ([-\d.]+) Tm|\[([^\]]*)\] TJ/g;
  for (const [, fontName, y, array] of content.matchAll(ops)) {
    if (fontName) font = fonts.get(fontName) ?? new Map();
    else if (y !== undefined) {
      if (lineY !== undefined && y !== lineY) {
        lines.push(line);
        line = "";
      }
      lineY = y;
    } else {
      for (const [, hex] of (array ?? "").matchAll(/<([0-9a-f]+)>/gi)) {
        for (let i = 0; i < (hex ?? "").length; i += 4) {
          line += font.get(Number.parseInt((hex ?? "").slice(i, i + 4), 16)) ?? "\uFFFD";
        }
      }
    }
  }
  lines.push(line);
  return lines.join("\n");
}

/**
 * The QR drawn on a page as rectangles of whole modules (one per run of dark modules in a row, all of
 * the module's height), rasterised with a quiet zone and decoded by jsQR. Undefined without a QR.
 */
export function decodeQrOnPage(page: PdfPage): string | undefined {
  const rects = [...page.content.matchAll(/([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re/g)].map((m) =>
    m.slice(1, 5).map(Number),
  ) as [number, number, number, number][];
  // The module size is the height most rectangles share; table cells and fills are taller.
  const heights = new Map<number, number>();
  for (const [, , , h] of rects) heights.set(h, (heights.get(h) ?? 0) + 1);
  const [unit] = [...heights].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!unit) return undefined;
  const modules = rects.filter(([, , , h]) => h === unit);
  const x0 = Math.min(...modules.map(([x]) => x));
  const y0 = Math.min(...modules.map(([, y]) => y));
  const size = Math.round((Math.max(...modules.map(([x, , w]) => x + w)) - x0) / unit);
  const scale = 4;
  const quiet = 4;
  const side = (size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [x, y, w] of modules) {
    const row = Math.round((y - y0) / unit);
    const col = Math.round((x - x0) / unit);
    for (let c = col; c < col + Math.round(w / unit); c++) {
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = (((row + quiet) * scale + dy) * side + (c + quiet) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }
  }
  return jsQR(pixels, side, side)?.data;
}

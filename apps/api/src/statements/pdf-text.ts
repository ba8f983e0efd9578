import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { woffToSfnt } from "./woff-to-sfnt";

/**
 * Vietnamese text for pdfkit with Be Vietnam Pro from @fontsource, which ships the font cut into
 * unicode-range subsets (latin, vietnamese, latin-ext) as browsers load them: "Nguyễn" needs the latin
 * file for "Nguy" and "n" and the vietnamese one for "ễ". Each string is split into runs by the subset
 * that has its characters, and lines are laid out here (measure, wrap at spaces, align) so that runs
 * in different font files sit side by side as one text. Text is put in NFC first: the subsets have the
 * precomposed letters, and decomposed marks would not stack reliably.
 */

type PdfDoc = PDFKit.PDFDocument;

export type FontStyle = "regular" | "bold" | "italic";

const subsets = ["latin", "vietnamese", "latin-ext"] as const;
type Subset = (typeof subsets)[number];

const files: Record<FontStyle, string> = { regular: "400-normal", bold: "700-normal", italic: "400-italic" };

interface FontData {
  /** TrueType font bytes by "<subset>-<style>". */
  buffers: Map<string, Buffer>;
  /** Code point ranges of each subset, from the package's unicode.json. */
  ranges: Record<Subset, [number, number][]>;
}

let fontData: FontData | undefined;

/** Reads the nine font files and the subsets' ranges once per process. */
function loadFontData(): FontData {
  if (fontData) return fontData;
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve("@fontsource/be-vietnam-pro/400.css"));
  const unicode = JSON.parse(readFileSync(join(packageDir, "unicode.json"), "utf8")) as Record<
    Subset,
    string
  >;
  const ranges = Object.fromEntries(
    subsets.map((subset) => [
      subset,
      unicode[subset].split(",").map((range): [number, number] => {
        const [from = "", to = from] = range.replace(/U\+/g, "").split("-");
        return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
      }),
    ]),
  ) as Record<Subset, [number, number][]>;
  const buffers = new Map<string, Buffer>();
  for (const subset of subsets) {
    for (const [style, file] of Object.entries(files)) {
      buffers.set(
        `${subset}-${style}`,
        woffToSfnt(readFileSync(join(packageDir, "files", `be-vietnam-pro-${subset}-${file}.woff`))),
      );
    }
  }
  fontData = { buffers, ranges };
  return fontData;
}

export function registerFonts(doc: PdfDoc) {
  for (const [name, buffer] of loadFontData().buffers) doc.registerFont(name, buffer);
}

function subsetOf(codePoint: number): Subset {
  const { ranges } = loadFontData();
  // Latin first (the most text), then the Vietnamese letters, then the rest of Latin Extended.
  return (
    subsets.find((subset) => ranges[subset].some(([from, to]) => codePoint >= from && codePoint <= to)) ??
    "latin"
  );
}

export interface TextStyle {
  size: number;
  style?: FontStyle;
  color?: string;
}

interface Run {
  font: string;
  text: string;
  width: number;
}

interface Line {
  runs: Run[];
  width: number;
}

/** Splits a text (no line breaks) into runs of one font, measured. */
function runsOf(doc: PdfDoc, text: string, style: TextStyle): Run[] {
  const runs: Run[] = [];
  for (const char of text) {
    const font = `${subsetOf(char.codePointAt(0) ?? 32)}-${style.style ?? "regular"}`;
    const last = runs.at(-1);
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char, width: 0 });
  }
  for (const run of runs) run.width = unitWidth(doc, run.font, run.text) * style.size;
  return runs;
}

/** Widths at size 1 by font and text: the same words come back in every row of a table. */
const widths = new Map<string, number>();

function unitWidth(doc: PdfDoc, font: string, text: string): number {
  const key = `${font}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    width = doc.font(font).fontSize(1000).widthOfString(text) / 1000;
    if (widths.size > 50_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

function widthOf(runs: Run[]): number {
  return runs.reduce((sum, run) => sum + run.width, 0);
}

/** Greedy line breaking at spaces; a word wider than the line is cut between characters. */
function linesOf(doc: PdfDoc, text: string, style: TextStyle, width: number): Line[] {
  const lines: Line[] = [];
  for (const paragraph of text.normalize("NFC").split("\n")) {
    let current: Run[] = [];
    const push = () => {
      lines.push({ runs: current, width: widthOf(current) });
      current = [];
    };
    for (const word of paragraph.split(/ +/)) {
      const withSpace = current.length > 0 ? runsOf(doc, ` ${word}`, style) : runsOf(doc, word, style);
      if (current.length === 0 || widthOf(current) + widthOf(withSpace) <= width) {
        current.push(...withSpace);
        if (widthOf(current) <= width) continue;
      } else {
        push();
        current.push(...runsOf(doc, word, style));
        if (widthOf(current) <= width) continue;
      }
      // Too long for a line of its own: cut it.
      const chars = [...current.map((run) => run.text).join("")];
      current = [];
      let piece = "";
      for (const char of chars) {
        if (piece && widthOf(runsOf(doc, piece + char, style)) > width) {
          current = runsOf(doc, piece, style);
          push();
          piece = "";
        }
        piece += char;
      }
      current = runsOf(doc, piece, style);
    }
    push();
  }
  return lines;
}

/** The height of one line of this style. */
export function lineHeight(style: TextStyle): number {
  return style.size * 1.32;
}

interface TextBox {
  x: number;
  y: number;
  width: number;
  align?: "left" | "center" | "right";
}

/** The height the text takes in a box of this width. */
export function measureText(doc: PdfDoc, text: string, style: TextStyle, width: number): number {
  return linesOf(doc, text, style, width).length * lineHeight(style);
}

/** Draws the text in the box and returns the height it took. Never adds a page. */
export function drawText(doc: PdfDoc, text: string, style: TextStyle, box: TextBox): number {
  const lines = linesOf(doc, text, style, box.width);
  doc.fillColor(style.color ?? "#000000");
  let y = box.y;
  for (const line of lines) {
    const slack = box.width - line.width;
    let x = box.x + (box.align === "center" ? slack / 2 : box.align === "right" ? slack : 0);
    for (const run of line.runs) {
      doc.font(run.font).fontSize(style.size).text(run.text, x, y, { lineBreak: false });
      x += run.width;
    }
    y += lineHeight(style);
  }
  return y - box.y;
}

/** The width of a single-line text. */
export function textWidth(doc: PdfDoc, text: string, style: TextStyle): number {
  return widthOf(runsOf(doc, text.normalize("NFC"), style));
}

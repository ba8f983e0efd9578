import QRCode from "qrcode";

/** A QR symbol as an SVG path: `size` modules square, without the quiet zone. */
interface QrShape {
  size: number;
  /** One "M x y h n v1 h-n z" per run of dark modules in a row, in module units. */
  path: string;
}

interface Modules {
  size: number;
  get(row: number, col: number): number;
}

/** Dark modules row by row, merged into runs so that a card's QR stays a few kilobytes of path. */
export function qrPath(modules: Modules): string {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join("");
}

/**
 * The card's QR text drawn with `qrcode`, level M: it still reads with 15 % of the symbol smudged.
 * Null when there is no text, or too much for a QR code.
 */
export function qrShape(text: string): QrShape | null {
  if (text === "") return null;
  try {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
    return { size: modules.size, path: qrPath(modules) };
  } catch {
    return null;
  }
}

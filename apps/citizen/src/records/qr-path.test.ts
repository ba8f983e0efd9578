import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrPath, qrShape } from "./qr-path";

/** Draws a path of "M x y h n v1 h-n z" runs back into a set of dark modules. */
function modulesOf(path: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(n); i++) dark.add(`${Number(x) + i},${y}`);
  }
  return dark;
}

describe("the card's QR as an SVG path", () => {
  it("merges each row's dark modules into runs", () => {
    const grid = [
      [1, 1, 0],
      [0, 1, 1],
      [1, 0, 1],
    ];
    const modules = { size: 3, get: (row: number, col: number) => grid[row]?.[col] ?? 0 };
    expect(qrPath(modules)).toBe("M0 0h2v1h-2zM1 1h2v1h-2zM0 2h1v1h-1zM2 2h1v1h-1z");
  });

  it("draws exactly the modules of the symbol qrcode makes", () => {
    const text =
      "7901234567|4e677579e1bb856e2056c4836e20416e|15/03/1985|1|-|79 - 003|01/01/2026|31/12/2026|20/12/2025|-|-|-|01/01/2015|-|-|-$";
    const shape = qrShape(text);
    const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
    expect(shape?.size).toBe(modules.size);
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${col},${row}`);
    }
    expect(modulesOf(shape?.path ?? "")).toEqual(expected);
  });

  it("draws nothing for a card without QR text", () => {
    expect(qrShape("")).toBeNull();
  });
});

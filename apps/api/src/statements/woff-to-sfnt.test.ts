import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "./woff-to-sfnt";

const dir = join(
  dirname(createRequire(import.meta.url).resolve("@fontsource/be-vietnam-pro/400.css")),
  "files",
);

describe("woffToSfnt", () => {
  it("unpacks the font into an OpenType file with the same tables", () => {
    const woff = readFileSync(join(dir, "be-vietnam-pro-vietnamese-400-normal.woff"));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const numTables = sfnt.readUInt16BE(4);
    expect(numTables).toBe(woff.readUInt16BE(12));
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
    const tables = new Map(
      Array.from({ length: numTables }, (_, i) => [
        sfnt.toString("latin1", 12 + i * 16, 16 + i * 16),
        sfnt.readUInt32BE(20 + i * 16),
      ]),
    );
    expect([...tables.keys()]).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "hmtx", "loca"]));
    // The head table's magic number sits 12 bytes in.
    expect(sfnt.readUInt32BE((tables.get("head") ?? 0) + 12)).toBe(0x5f0f3cf5);
  });

  it("refuses what is not WOFF 1.0", () => {
    expect(() => woffToSfnt(Buffer.from("wOF2 and more bytes"))).toThrow("Not a WOFF 1.0 font");
  });
});

// Draws the PWA icons (a white shield with a check mark on the brand blue) as PNG files, using only
// Node's zlib, so no image tool is needed. The output is committed; run again after changing the design:
//   node apps/citizen/scripts/draw-icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "../public/icons");
const brand = [0x0b, 0x4f, 0x8a];
const white = [0xff, 0xff, 0xff];
const samples = 4; // 4×4 samples per pixel for smooth edges

// Shapes work in unit coordinates (0..1 across the shield's box).
function insideShield(x, y) {
  if (y < 0 || y > 1) return false;
  // Straight sides down to 45 %, then a parabola that closes to a point at the bottom.
  const halfWidth = y < 0.45 ? 0.5 : 0.5 * (1 - ((y - 0.45) / 0.55) ** 2);
  return Math.abs(x - 0.5) <= halfWidth;
}

const check = [
  [0.27, 0.5],
  [0.44, 0.67],
  [0.74, 0.33],
];

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheck(x, y) {
  return (
    Math.min(distanceToSegment(x, y, check[0], check[1]), distanceToSegment(x, y, check[1], check[2])) < 0.055
  );
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/**
 * @param size pixel width and height
 * @param shieldScale the shield's share of the icon's width; maskable icons keep it inside the 80 % safe zone
 * @param cornerRadius 0 for a full-bleed square (maskable, Apple), otherwise the background's rounding
 */
function drawIcon(size, shieldScale, cornerRadius) {
  const rgba = Buffer.alloc(size * size * 4);
  const shieldLeft = (1 - shieldScale) / 2;
  const shieldTop = (1 - shieldScale * 1.1) / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let shield = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y, cornerRadius)) continue;
          background++;
          const u = (x - shieldLeft) / shieldScale;
          const v = (y - shieldTop) / (shieldScale * 1.1);
          // The check mark is left out of the white shield, so the brand blue shows through it.
          if (insideShield(u, v) && !onCheck(u, v)) shield++;
        }
      }
      const total = samples * samples;
      const coverage = background / total;
      const whiteShare = background ? shield / background : 0;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[offset + c] = Math.round(brand[c] * (1 - whiteShare) + white[c] * whiteShare);
      }
      rgba[offset + 3] = Math.round(coverage * 255);
    }
  }
  return encodePng(size, rgba);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
const icons = [
  ["icon-192.png", 192, 0.62, 0.18],
  ["icon-512.png", 512, 0.62, 0.18],
  ["maskable-512.png", 512, 0.5, 0],
  ["apple-touch-icon-180.png", 180, 0.58, 0],
];
for (const [name, size, scale, radius] of icons) {
  writeFileSync(join(outDir, name), drawIcon(size, scale, radius));
  console.log(`wrote ${name}`);
}

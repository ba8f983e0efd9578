import { randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sanitizeImage } from "./sanitize-image";
import { UploadRejected, type UploadRejectionCode } from "./upload-rejected";

// Test pictures are drawn here with sharp itself. Random pixels keep the encoders from shrinking them to
// a few bytes, so that cutting one in half really cuts pixel data.
function picture(width: number, height: number) {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });
}

function plain(width: number, height: number, channels: 3 | 4 = 3) {
  return sharp({ create: { width, height, channels, background: { r: 40, g: 90, b: 160, alpha: 0 } } });
}

// A 300×200 HEIC (HEVC) made with libheif's heif-enc: sharp cannot write HEVC, and its prebuilt
// binaries cannot read it either, which is the point of the test.
const heic = Buffer.from(
  "AAAAHGZ0eXBoZWljAAAAAG1pZjFoZWljbWlhZgAAAUNtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAA" +
    "AA5waXRtAAAAAAABAAAAImlsb2MAAAAAREAAAQABAAAAAAFnAAEAAAAAAAAAfQAAACNpaW5mAAAAAAABAAAAFWluZmUCAAAAAAEA" +
    "AGh2YzEAAAAAw2lwcnAAAAClaXBjbwAAAHlodmNDAQNwAAAAAAAAAAAAPPAA/P34+AAADwMgAAEAGEABDAH//wNwAAADAJAAAAMA" +
    "AAMAPLoCQCEAAQAsQgEBA3AAAAMAkAAAAwAAAwA8oAmIDJ35bqSSmubgQEDAgAAAAwCAAAADAIQiAAEAB0QBwXKwYkAAAAAUaXNw" +
    "ZQAAAAAAAAEsAAAAyAAAABBwaXhpAAAAAAMICAgAAAAWaXBtYQAAAAAAAAABAAEDgQKDAAAAhW1kYXQAAAB5KAGvBPIaZZSAQTJp" +
    "2/O///9OG///ATik9HGDOxgzk4p0IoQ6pQAAAwAAAwAAAwGJAGVS9UoAAAMAAAMAAAMAAAMAAAMAA4oAAAMAAAMAAAMAAAMAAAMA" +
    "AAMAFhBe3n/wG6yAAAADAAADAAADAAADAAADAAADAAAEVA==",
  "base64",
);

const zip = Buffer.concat([
  Buffer.from("PK\x03\x04", "latin1"),
  randomBytes(64),
  Buffer.from("PK\x05\x06", "latin1"),
  Buffer.alloc(18),
]);

/** Inserts an uncompressed PNG text chunk after IHDR, where a browser sniffing the file would see it. */
function withTextChunk(png: Buffer, text: string): Buffer {
  const typeAndData = Buffer.concat([Buffer.from("tEXt"), Buffer.from(text, "latin1")]);
  const chunk = Buffer.alloc(typeAndData.length + 8);
  chunk.writeUInt32BE(typeAndData.length - 4, 0);
  typeAndData.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typeAndData), chunk.length - 4);
  const afterHeader = 8 + 25; // signature, then IHDR: length, type, 13 bytes of data, CRC
  return Buffer.concat([png.subarray(0, afterHeader), chunk, png.subarray(afterHeader)]);
}

/**
 * The segments of a JPEG before its compressed pixels (up to the start-of-scan marker), where all
 * metadata lives. Searching the whole file for a short marker such as "GPS" would fail now and then,
 * when the random pixels happen to encode to those three bytes.
 */
function jpegHeader(jpeg: Buffer): Buffer {
  let offset = 2; // after the start-of-image marker
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff && jpeg[offset + 1] !== 0xda) {
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  expect(jpeg[offset + 1], "the walk over the segments reaches the start of scan").toBe(0xda);
  return jpeg.subarray(0, offset);
}

async function refusal(bytes: Buffer): Promise<UploadRejectionCode> {
  const error = await sanitizeImage(bytes).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof UploadRejected)) throw new Error(`expected an UploadRejected, got ${String(error)}`);
  return error.code;
}

describe("sanitizeImage accepts a picture and keeps only its pixels", () => {
  it("turns a phone photo upright and strips EXIF, GPS, XMP and the colour profile", async () => {
    const photo = await picture(300, 200)
      .withExif({
        IFD0: { Make: "Samsung", ImageDescription: "CCCD mat truoc" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "21/1 1/1 30/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "105/1 51/1 0/1",
        },
      })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>')
      .withIccProfile("p3")
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const before = await sharp(photo).metadata();
    // The input really carries what must go: orientation 6 (turn 90° clockwise), and an EXIF block with
    // the GPS directory pointer (tag 0x8825, little-endian).
    expect(before).toMatchObject({ width: 300, height: 200, orientation: 6, hasProfile: true });
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(before.xmp).toBeDefined();

    const out = await sanitizeImage(photo);

    expect(out).toMatchObject({ mime: "image/jpeg", width: 200, height: 300 });
    const after = await sharp(out.data).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 200, height: 300, hasProfile: false });
    for (const key of ["exif", "icc", "iptc", "xmp", "orientation", "comments"] as const) {
      expect(after[key], key).toBeUndefined();
    }
    const header = jpegHeader(out.data);
    for (const marker of ["Exif", "GPS", "Samsung", "CCCD", "xmpmeta", "ICC_PROFILE"]) {
      expect(header.includes(marker), marker).toBe(false);
    }
  });

  it("accepts a PNG, painting transparent areas white", async () => {
    const png = await plain(320, 240, 4).png().toBuffer();
    const out = await sanitizeImage(png);
    expect(out).toMatchObject({ width: 320, height: 240 });
    const { data } = await sharp(out.data).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)].every((value) => value > 250)).toBe(true);
  });

  it("accepts a WebP", async () => {
    const out = await sanitizeImage(await picture(250, 260).webp().toBuffer());
    expect(out).toMatchObject({ mime: "image/jpeg", width: 250, height: 260 });
    expect((await sharp(out.data).metadata()).format).toBe("jpeg");
  });

  it.runIf(sharp.format.heif.input.buffer)("accepts an AVIF", async () => {
    const out = await sanitizeImage(await plain(240, 240).avif().toBuffer());
    expect(out).toMatchObject({ width: 240, height: 240 });
  });

  it.each([
    ["baseline", { progressive: false }],
    ["progressive", { progressive: true }],
    ["mozjpeg", { mozjpeg: true }],
  ])("accepts a %s JPEG", async (_name, options) => {
    const out = await sanitizeImage(await picture(220, 210).jpeg(options).toBuffer());
    expect(out).toMatchObject({ width: 220, height: 210 });
  });

  it("accepts a JPEG followed by further complete JPEGs, as phones write HDR gain maps", async () => {
    const primary = await picture(300, 200).jpeg().toBuffer();
    const gainMap = await picture(150, 100).jpeg().toBuffer();
    const out = await sanitizeImage(Buffer.concat([primary, gainMap]));
    expect(out).toMatchObject({ width: 300, height: 200 });
  });

  it("scales the long side down to 2400 pixels", async () => {
    const out = await sanitizeImage(await plain(3600, 600).png().toBuffer());
    expect(out).toMatchObject({ width: 2400, height: 400 });
  });

  it("lets a caller lower the minimum size", async () => {
    const out = await sanitizeImage(await picture(64, 64).png().toBuffer(), { minSide: 32 });
    expect(out).toMatchObject({ width: 64, height: 64 });
  });
});

describe("sanitizeImage refuses", () => {
  it("a file over 10 MB before decoding it", async () => {
    expect(await refusal(Buffer.alloc(11 * 1024 * 1024))).toBe("too_large");
  });

  it.each([
    ["random bytes", randomBytes(4096)],
    ["a PDF", Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")],
    ["a text file", Buffer.from("Họ và tên: Nguyễn Văn A\nSố CCCD: 001200000001\n")],
    ["a web page", Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>")],
    ["an empty file", Buffer.alloc(0)],
  ])("%s as not an image", async (_name, bytes) => {
    expect(await refusal(bytes)).toBe("not_an_image");
  });

  it("pictures in formats we do not take: GIF, TIFF, SVG, and HEIC that this build cannot decode", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"/>');
    for (const bytes of [
      await plain(300, 300).gif().toBuffer(),
      await plain(300, 300).tiff().toBuffer(),
      svg,
      heic,
    ]) {
      expect(await refusal(bytes)).toBe("unsupported_format");
    }
  });

  it("JPEG, PNG and WebP files cut in half", async () => {
    for (const encoded of [
      await picture(300, 300).jpeg().toBuffer(),
      await picture(300, 300).png().toBuffer(),
      await picture(300, 300).webp().toBuffer(),
    ]) {
      expect(await refusal(encoded.subarray(0, encoded.length / 2))).toBe("truncated");
    }
  });

  it("a JPEG, PNG or WebP with anything after the picture's end", async () => {
    const jpeg = await picture(300, 300).jpeg().toBuffer();
    expect(await refusal(Buffer.concat([jpeg, zip]))).toBe("polyglot");
    expect(await refusal(Buffer.concat([jpeg, Buffer.from("hidden note")]))).toBe("polyglot");
    const png = await picture(300, 300).png().toBuffer();
    expect(await refusal(Buffer.concat([png, Buffer.from("hidden note")]))).toBe("polyglot");
    const webp = await picture(300, 300).webp().toBuffer();
    expect(await refusal(Buffer.concat([webp, Buffer.from("hidden note")]))).toBe("polyglot");
  });

  it.runIf(sharp.format.heif.input.buffer)("an AVIF with a ZIP appended", async () => {
    const avif = await plain(240, 240).avif().toBuffer();
    expect(await refusal(Buffer.concat([avif, zip]))).toBe("polyglot");
  });

  it("a picture whose metadata hides markup for a browser or PHP", async () => {
    const jpeg = await picture(300, 300)
      .withExif({ IFD0: { ImageDescription: "<?php system($_GET['c']); ?>" } })
      .jpeg()
      .toBuffer();
    expect(await refusal(jpeg)).toBe("polyglot");
    const png = await picture(300, 300).png().toBuffer();
    expect(await refusal(withTextChunk(png, "Comment\0<SCRIPT>alert(1)</SCRIPT>"))).toBe("polyglot");
  });

  it("a decompression bomb: a tiny file that unpacks to more than 40 megapixels", async () => {
    const bomb = await plain(6400, 6400).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(256 * 1024);
    expect(await refusal(bomb)).toBe("too_many_pixels");
  });

  it("a picture smaller than 200 × 200", async () => {
    expect(await refusal(await picture(50, 50).jpeg().toBuffer())).toBe("too_small");
    expect(await refusal(await picture(1000, 150).png().toBuffer())).toBe("too_small");
  });
});

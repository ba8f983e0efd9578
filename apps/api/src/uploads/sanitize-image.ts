import sharp, { type Metadata, type SharpOptions } from "sharp";
import { checkContainer } from "./check-container";
import { type ImageLimits, UploadRejected, type UploadRejectionCode } from "./upload-rejected";

const defaultLimits: ImageLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 40_000_000,
  minSide: 200,
  maxLongSide: 2400,
};

interface SanitizedImage {
  data: Buffer;
  mime: "image/jpeg";
  width: number;
  height: number;
}

/**
 * Every uploaded picture (ID card, birth certificate, portrait, later chat and petition attachments)
 * passes through here before it is stored: it is fully decoded, turned upright, stripped of all metadata
 * (GPS included) and re-encoded as a fresh JPEG, so what we keep and later show to staff holds nothing
 * of the uploaded file but its pixels. Anything that is not plainly one picture is refused.
 */
export async function sanitizeImage(
  bytes: Buffer,
  options: Partial<ImageLimits> = {},
): Promise<SanitizedImage> {
  const limits: ImageLimits = { ...defaultLimits, ...options };
  const refuse = (code: UploadRejectionCode) => new UploadRejected(code, limits);
  if (bytes.length > limits.maxBytes) throw refuse("too_large");

  // limitInputPixels is checked against the header before any pixel is decoded, so a small file that
  // claims a huge canvas (a decompression bomb) costs nothing. failOn "error" aborts on truncated or
  // corrupt pixel data but not on mere warnings (libpng's "incorrect sRGB profile", common in PNGs
  // saved by old editors, would otherwise refuse good pictures).
  const input: SharpOptions = { failOn: "error", limitInputPixels: limits.maxPixels };

  // The format is what the decoder recognises in the bytes, never the file name or the declared type.
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, input).metadata();
  } catch (error) {
    throw refuse(
      isPixelLimit(error) ? "too_many_pixels" : isUnrecognised(error) ? "not_an_image" : "truncated",
    );
  }
  if (!isAccepted(metadata)) throw refuse("unsupported_format");
  const problem = checkContainer(bytes, metadata.format);
  if (problem) throw refuse(problem);
  if (Math.min(metadata.width, metadata.height) < limits.minSide) throw refuse("too_small");

  // Without withMetadata/keepMetadata sharp writes no EXIF, XMP, IPTC or ICC and converts to sRGB.
  const { data, info } = await sharp(bytes, input)
    .autoOrient()
    .resize({
      width: limits.maxLongSide,
      height: limits.maxLongSide,
      fit: "inside",
      withoutEnlargement: true,
    })
    .flatten({ background: "#ffffff" }) // transparent areas of a PNG become paper white, not black
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      // The header was sound, so a failure here is in the pixel data: damaged or cut short.
      throw refuse(isPixelLimit(error) ? "too_many_pixels" : "truncated");
    });
  return { data, mime: "image/jpeg", width: info.width, height: info.height };
}

/**
 * JPEG, PNG and WebP always; HEIF when this sharp build reads it, and then only AV1-compressed (AVIF):
 * the prebuilt sharp binaries carry no HEVC decoder (patents), so an iPhone HEIC opens as a header and
 * then fails to decode. Safari on an iPhone sends a JPEG instead when the page's file input does not
 * list HEIC among the types it accepts.
 */
function isAccepted(metadata: Metadata): boolean {
  switch (metadata.format) {
    case "jpeg":
    case "png":
    case "webp":
      return true;
    case "heif":
      return sharp.format.heif.input.buffer && metadata.compression === "av1";
    default:
      return false;
  }
}

// sharp reports failures as messages only, without codes; these match its wording.
function isPixelLimit(error: unknown): boolean {
  return error instanceof Error && error.message.includes("exceeds pixel limit");
}

function isUnrecognised(error: unknown): boolean {
  return error instanceof Error && /unsupported image format|is empty/.test(error.message);
}

/** Why a chosen file cannot be sent as a photo. */
export type PhotoProblem = "notImage" | "tooLarge" | "unreadable";

type PreparedPhoto = { ok: true; blob: Blob } | { ok: false; problem: PhotoProblem };

interface PreparePhotoOptions {
  /** The longer side of the photo that is sent, in pixels. */
  maxLongSide?: number;
  /** JPEG quality of the re-encoded photo. */
  quality?: number;
  /** The largest photo that may be sent (the server refuses bigger uploads). */
  maxBytes?: number;
}

const megabyte = 1024 * 1024;
// A file this big is not a phone photo; decoding it could exhaust a cheap phone's memory.
const maxInputBytes = 50 * megabyte;

/**
 * Makes a chosen or captured image ready to upload: decoded (turned upright by its EXIF orientation),
 * scaled down so its long side is at most 2400 px, and re-encoded as JPEG. That saves data on weak
 * networks, leaves every piece of metadata (GPS included) on the phone, and turns files the server
 * would refuse (motion photos with a video appended, odd containers) into a plain JPEG.
 */
export async function preparePhoto(
  file: File,
  { maxLongSide = 2400, quality = 0.85, maxBytes = 10 * megabyte }: PreparePhotoOptions = {},
): Promise<PreparedPhoto> {
  // Some Android pickers give no type at all; such files are judged by whether they decode.
  if (file.type !== "" && !file.type.startsWith("image/")) return { ok: false, problem: "notImage" };
  if (file.size > maxInputBytes) return { ok: false, problem: "tooLarge" };

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return { ok: false, problem: file.type === "" ? "notImage" : "unreadable" };
  }
  try {
    const scale = Math.min(1, maxLongSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) return { ok: false, problem: "unreadable" };
    // JPEG has no transparency: a transparent PNG would otherwise turn black.
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
    if (!blob) return { ok: false, problem: "unreadable" };
    if (blob.size > maxBytes) return { ok: false, problem: "tooLarge" };
    return { ok: true, blob };
  } finally {
    bitmap.close();
  }
}

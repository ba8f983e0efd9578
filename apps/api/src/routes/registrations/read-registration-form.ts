import type { FastifyError, FastifyRequest } from "fastify";
import { AppError } from "../../errors/app-error";
import type { FormShape, SubmittedForm } from "../../use-cases/registration/registration-form";

const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * The most bytes one letter of Vietnamese takes as a keyboard may send it: a base letter and two
 * combining marks (NFD, before the text is normalised to NFC) are 1 + 2 + 2 bytes of UTF-8.
 */
const BYTES_PER_LETTER = 5;

/**
 * Multipart limits of a form with photos (a registration dossier, a chat message, a petition). A file
 * is cut one byte past the photo limit, so that sanitizeImage sees it is too large and refuses it on
 * its own field with its own message, instead of the request failing as a whole. A text field is cut
 * silently past fieldSize, so it is sized above the longest text the form allows (`longestText`
 * letters; short fields otherwise): a cut text is always too long and refused by its parser, never
 * stored shortened.
 */
export function dossierFormLimits(shape: FormShape<string, string>, longestText = 0) {
  return {
    fileSize: MAX_PHOTO_BYTES + 1,
    files: shape.files.length,
    fields: 10,
    fieldSize: longestText * BYTES_PER_LETTER + 1024,
    parts: 12,
    headerPairs: 100,
  };
}

const unreadable = () =>
  new AppError("validation", {
    vi: "Không đọc được biểu mẫu gửi lên. Vui lòng gửi lại.",
    en: "The form sent could not be read. Please send it again.",
  });

/**
 * Reads a dossier form: the known text fields (the first of each name) and the photos, as sent.
 * Unknown fields are ignored; nothing is checked here but the multipart framing and the limits.
 */
export async function readDossierForm<Text extends string, File extends string>(
  request: FastifyRequest,
  shape: FormShape<Text, File>,
): Promise<SubmittedForm<Text, File>> {
  if (!request.isMultipart()) {
    throw new AppError("validation", {
      vi: "Biểu mẫu phải được gửi dưới dạng multipart/form-data.",
      en: "The form must be sent as multipart/form-data.",
    });
  }
  const isText = (name: string): name is Text => (shape.text as readonly string[]).includes(name);
  const isFile = (name: string): name is File => (shape.files as readonly string[]).includes(name);
  const form: SubmittedForm<Text, File> = { fields: {}, files: {} };
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const chunks: Buffer[] = [];
        for await (const chunk of part.file) chunks.push(chunk as Buffer);
        const name = part.fieldname;
        if (isFile(name) && form.files[name] === undefined) form.files[name] = Buffer.concat(chunks);
      } else if (isText(part.fieldname) && form.fields[part.fieldname] === undefined) {
        form.fields[part.fieldname] = typeof part.value === "string" ? part.value : "";
      }
    }
  } catch (error) {
    // The plugin's own errors (too many files or fields…) carry a 4xx status; busboy's do not.
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) throw error;
    throw unreadable();
  }
  return form;
}

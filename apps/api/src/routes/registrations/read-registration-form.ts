import type { FastifyError, FastifyRequest } from "fastify";
import { AppError } from "../../errors/app-error";
import {
  type RegistrationFileField,
  type RegistrationForm,
  type RegistrationTextField,
  registrationFileFields,
  registrationTextFields,
} from "../../use-cases/registration/registration-form";

const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * Multipart limits of the registration form. A file is cut one byte past the photo limit, so that
 * sanitizeImage sees it is too large and refuses it on its own field with its own message, instead of
 * the request failing as a whole. Text fields are short; a longer one is cut and then fails its parser.
 */
export const registrationFormLimits = {
  fileSize: MAX_PHOTO_BYTES + 1,
  files: registrationFileFields.length,
  fields: 10,
  fieldSize: 1024,
  parts: 12,
  headerPairs: 100,
};

const isTextField = (name: string): name is RegistrationTextField =>
  (registrationTextFields as readonly string[]).includes(name);
const isFileField = (name: string): name is RegistrationFileField =>
  (registrationFileFields as readonly string[]).includes(name);

const unreadable = () =>
  new AppError("validation", {
    vi: "Không đọc được biểu mẫu gửi lên. Vui lòng gửi lại.",
    en: "The form sent could not be read. Please send it again.",
  });

/**
 * Reads the registration form: the known text fields (the first of each name) and the two photos, as
 * sent. Unknown fields are ignored; nothing is checked here but the multipart framing and the limits.
 */
export async function readRegistrationForm(request: FastifyRequest): Promise<RegistrationForm> {
  if (!request.isMultipart()) {
    throw new AppError("validation", {
      vi: "Biểu mẫu phải được gửi dưới dạng multipart/form-data.",
      en: "The form must be sent as multipart/form-data.",
    });
  }
  const form: RegistrationForm = { fields: {}, files: {} };
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const chunks: Buffer[] = [];
        for await (const chunk of part.file) chunks.push(chunk as Buffer);
        const name = part.fieldname;
        if (isFileField(name) && form.files[name] === undefined) form.files[name] = Buffer.concat(chunks);
      } else if (isTextField(part.fieldname) && form.fields[part.fieldname] === undefined) {
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

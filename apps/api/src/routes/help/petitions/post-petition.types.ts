import { helpTextLimits, petitionCategoryCodes } from "@ansinh/domain";
import type { FastifySchemaValidationError } from "fastify/types/schema";
import { z } from "zod";
import { fieldProblemsFromZod } from "../../../errors/zod-field-problems";
import { helpWriteLimits } from "../../../use-cases/help/help-limits";
import type { PetitionFields } from "../../../use-cases/help/petitions/submit-petition";
import type { FormShape, SubmittedForm } from "../../../use-cases/registration/registration-form";
import type { ParsedFields } from "../../../use-cases/registration/validate-registration";
import { bilingual } from "../../service-requests/request-shapes.types";

/** The petition form: its text fields and the one optional picture. */
export const petitionShape = {
  text: ["submissionKey", "category", "content"],
  files: ["photo"],
} as const satisfies FormShape<string, string>;

type PetitionTextField = (typeof petitionShape.text)[number];

const CONTENT_MIN = helpTextLimits.petitionMin;
const CONTENT_MAX = helpTextLimits.petition;

const petitionFields = z.object({
  submissionKey: z
    .string(
      bilingual(
        "Thiếu mã lần gửi. Vui lòng tải lại trang rồi gửi lại.",
        "The submission key is missing. Please reload the page and send again.",
      ),
    )
    .regex(
      /^[A-Za-z0-9_-]{8,64}$/,
      bilingual(
        "Mã lần gửi không hợp lệ. Vui lòng tải lại trang rồi gửi lại.",
        "The submission key is not valid. Please reload the page and send again.",
      ),
    ),
  category: z.enum(
    petitionCategoryCodes,
    bilingual(
      "Vui lòng chọn một lĩnh vực phản ánh, kiến nghị trong danh sách",
      "Please choose what the petition is about from the list",
    ),
  ),
  content: z
    .string(
      bilingual("Vui lòng nhập nội dung phản ánh, kiến nghị", "Please write what your petition is about"),
    )
    .normalize("NFC")
    .trim()
    .min(
      CONTENT_MIN,
      bilingual(
        `Nội dung cần ít nhất ${CONTENT_MIN} ký tự để cơ quan BHXH hiểu rõ vấn đề`,
        `Please write at least ${CONTENT_MIN} characters so the office understands the matter`,
      ),
    )
    .max(
      CONTENT_MAX,
      bilingual(
        `Nội dung dài tối đa ${CONTENT_MAX} ký tự`,
        `The petition may be at most ${CONTENT_MAX} characters long`,
      ),
    ),
});

/**
 * The text fields of the form, each checked on its own field ("body.<name>") in both languages; the
 * picture is checked by the use-case, so that all problems come back together.
 */
export function parsePetitionFields(
  fields: SubmittedForm<PetitionTextField, string>["fields"],
): ParsedFields<PetitionFields> {
  const parsed = petitionFields.safeParse(fields);
  if (parsed.success) return { ok: true, value: parsed.data };
  // The same per-field problems a JSON body's schema gives (see problem-details.ts).
  const issues: FastifySchemaValidationError[] = parsed.error.issues.map(
    ({ code, path, message, ...params }) => ({
      keyword: code,
      instancePath: `/${path.join("/")}`,
      schemaPath: `#/${path.join("/")}/${code}`,
      message,
      params,
    }),
  );
  return { ok: false, problems: fieldProblemsFromZod(issues, "body") };
}

export const postPetitionDescription = `multipart/form-data with the text fields submissionKey (8–64 of
A–Z, a–z, 0–9, "-" and "_", made by the app once per form), category (one of the petition categories)
and content (${CONTENT_MIN}–${CONTENT_MAX} characters), and optionally the file photo (at most 10 MB;
JPEG, PNG or WebP; re-encoded and stripped of metadata). The petition goes to the caller's office, gets
its number ("PA" + yy + 8 digits) and an SMS acknowledgement. 201 with the petition; 200 with the same
petition when the submissionKey was already used. Invalid fields are all reported together as errors[]
with field "body.<name>". 401 anonymous. A citizen may file ${helpWriteLimits.petitionsPerHour} petitions an hour and
${helpWriteLimits.petitionsPerDay} a day: 429 with Retry-After past either.`;

import { dateDdMmYyyySchema, nationalIdSchema } from "@ansinh/domain";
import { z } from "zod";
import { bilingual, plainText } from "../records/record-shapes.types";
import { optionalField, provinceCode } from "./look-up-shapes.types";

/** The solved challenge a person look-up carries; checked (and used up) by the route, see proof-of-work.ts. */
export const altchaField = z
  .string()
  .optional()
  // Whatever else is sent is "not a solved challenge": the one proof_of_work error, not a type error.
  .catch(undefined)
  .describe(
    "The ALTCHA payload: base64 of the JSON {algorithm, challenge, number, salt, signature} of a challenge from GET /api/look-ups/challenge solved with altcha-lib/v1 solveChallenge. Each is accepted once; otherwise 400 on body.altcha with code proof_of_work — fetch a new challenge and try again.",
  );

/** A full name as typed, with or without diacritics. */
const enterFullName = bilingual("Vui lòng nhập họ và tên", "Please enter the full name");

export const fullNameField = plainText({ vi: "Họ và tên", en: "The full name" }, { notText: enterFullName })
  .trim()
  .min(2, enterFullName)
  .max(100, bilingual("Họ và tên tối đa 100 ký tự", "The full name can have at most 100 characters"))
  .describe("With or without diacritics");

export const bhxhNumberBody = z
  .object({
    provinceCode,
    fullName: fullNameField,
    birthDate: optionalField(dateDdMmYyyySchema).describe("dd/MM/yyyy"),
    nationalId: optionalField(nationalIdSchema).describe("12-digit CCCD or 9-digit CMND"),
    altcha: altchaField,
  })
  .superRefine((body, ctx) => {
    if (body.birthDate !== undefined || body.nationalId !== undefined) return;
    ctx.addIssue({
      code: "custom",
      path: ["birthDate"],
      message: bilingual(
        "Vui lòng nhập ngày sinh hoặc số CCCD",
        "Please enter the date of birth or the ID card number",
      ),
    });
  });

export const bhxhNumberResponse = z.object({
  candidates: z
    .array(
      z.object({
        maskedName: z.string().describe('e.g. "Nguyễn V** A*"'),
        birthYear: z.number().int(),
        bhxhNumber: z
          .string()
          .nullable()
          .describe("Only where the ID number or the full date of birth matched exactly"),
      }),
    )
    .max(5)
    .describe("At most 5; empty whatever the reason nothing matched"),
});

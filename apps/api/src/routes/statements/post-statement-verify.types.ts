import { z } from "zod";
import { SCHEMES } from "../../use-cases/records/record-names";

const bilingual = z.object({ vi: z.string(), en: z.string() });

export const verifyBody = z.object({
  token: z
    .string(
      JSON.stringify({
        vi: "Gửi mã xác minh (phần sau dấu # của địa chỉ trong mã QR)",
        en: "Send the verification code (what follows # in the QR code's address)",
      }),
    )
    .max(20_000, JSON.stringify({ vi: "Mã xác minh quá dài", en: "The verification code is too long" }))
    .describe("<payload>.<signature>, the fragment of the URL in the statement's QR"),
});

const statement = z.object({
  id: z.string().describe("Số of the statement, printed on it"),
  issuedOn: z.iso.date(),
  bhxhNumber: z.string(),
  fullName: z.string(),
  closedThrough: z.string().nullable().describe("yyyy-mm: đã chốt đến tháng"),
  schemes: z.array(
    z.object({
      scheme: z.enum(SCHEMES),
      name: bilingual,
      months: z.number().int(),
      duration: z.object({ years: z.number().int(), months: z.number().int() }),
      employeeTotal: z.number().int().describe("Whole đồng paid by the worker"),
      employerTotal: z.number().int().describe("Whole đồng paid by the employer"),
      unpaidMonths: z.number().int(),
    }),
  ),
});

export const verifyResponse = z.discriminatedUnion("valid", [
  z.object({ valid: z.literal(true), statement }),
  z.object({ valid: z.literal(false), reason: bilingual }),
]);

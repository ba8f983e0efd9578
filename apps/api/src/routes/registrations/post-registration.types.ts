import { z } from "zod";

/** What the citizen is told once the dossier is filed (201), or again for a repeated submission (200). */
export const registrationResponse = z.object({
  /** Số hồ sơ: "HS" + yyMMdd (date of submission in Vietnam) + 6 random digits, e.g. HS260315042917. */
  dossierNumber: z.string().regex(/^HS\d{12}$/),
  status: z.enum(["pending", "approved", "rejected"]),
  office: z.object({ code: z.string(), name: z.string() }),
});

export const registrationFormDescription = `multipart/form-data with the text fields
bhxhNumber (10 digits), fullName, nationalId (12-digit CCCD or 9-digit CMND), phone (Vietnamese mobile),
email (optional), officeCode (from GET /api/offices), submissionId (a UUID the app makes once per form),
and the files idFront and idBack (photos of the ID card, at most 10 MB each; JPEG, PNG or WebP).
Invalid fields are all reported together as errors[] with field "body.<name>". A form that does not
match the registry gets one neutral 400 without field errors. 409 when the person already has an
account or a dossier waiting for review. Sending the same submissionId again returns the same dossier (200).`;

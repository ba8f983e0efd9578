import type { FieldCipher, StoredAnswers } from "@ansinh/db";
import type { ServiceAnswers, ServiceField } from "@ansinh/domain";
import { maskNationalId } from "../records/mask-national-id";

/**
 * Bank account and ID numbers in answers are sealed (AES-GCM, like the registry's ID numbers) before
 * the answers are stored, and shown back masked: the clear value exists only while a request is
 * validated and while its effect copies it into its own encrypted column.
 */
const SEALED_KINDS: ReadonlySet<ServiceField["kind"]> = new Set(["bankAccount", "nationalId"]);
const SEALED_PREFIX = "sealed:";

const isSealed = (field: ServiceField) => SEALED_KINDS.has(field.kind);

export function sealAnswers(
  fields: readonly ServiceField[],
  answers: ServiceAnswers,
  cipher: FieldCipher,
): StoredAnswers {
  const sealed: StoredAnswers = { ...answers };
  for (const field of fields.filter(isSealed)) {
    const value = answers[field.name];
    if (typeof value === "string")
      sealed[field.name] = SEALED_PREFIX + cipher.encrypt(value).toString("base64");
  }
  return sealed;
}

/** The stored answers with sealed values in clear again: for re-validation and for effects. */
export function unsealAnswers(
  fields: readonly ServiceField[],
  stored: StoredAnswers,
  cipher: FieldCipher,
): ServiceAnswers {
  const answers: ServiceAnswers = { ...stored };
  for (const field of fields.filter(isSealed)) {
    const value = stored[field.name];
    if (typeof value === "string" && value.startsWith(SEALED_PREFIX)) {
      answers[field.name] = cipher.decrypt(Buffer.from(value.slice(SEALED_PREFIX.length), "base64"));
    }
  }
  return answers;
}

/** The answers as any view shows them: an account number by its last four digits, an ID number masked. */
export function presentAnswers(
  fields: readonly ServiceField[],
  stored: StoredAnswers,
  cipher: FieldCipher,
): ServiceAnswers {
  const answers = unsealAnswers(fields, stored, cipher);
  for (const field of fields.filter(isSealed)) {
    const value = answers[field.name];
    if (typeof value !== "string") continue;
    answers[field.name] = field.kind === "bankAccount" ? `••••${value.slice(-4)}` : maskNationalId(value);
  }
  return answers;
}

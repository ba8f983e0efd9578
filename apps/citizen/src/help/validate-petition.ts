import { helpTextLimits } from "@ansinh/domain";
import type { HelpMessageKey } from "./i18n/messages";

export type PetitionField = "category" | "content" | "photo";

/** The form's element ids, in the order of the form: what the error summary links to. */
export const petitionFieldIds: Record<PetitionField, string> = {
  category: "category",
  content: "content",
  photo: "photo",
};

/** The content's bounds, as the API checks them; also the `{min}` and `{max}` of the form's texts. */
export const petitionLength = { min: helpTextLimits.petitionMin, max: helpTextLimits.petition } as const;

/**
 * What the browser can tell before sending, as the API checks it (the content counts after trimming);
 * the server checks again and has the last word.
 */
export function checkPetition(input: {
  category: string;
  content: string;
}): Partial<Record<"category" | "content", HelpMessageKey>> {
  const problems: Partial<Record<"category" | "content", HelpMessageKey>> = {};
  if (input.category === "") problems.category = "petitionForm.categoryRequired";
  const length = input.content.trim().length;
  if (length === 0) problems.content = "petitionForm.contentRequired";
  else if (length < petitionLength.min) problems.content = "petitionForm.contentShort";
  else if (length > petitionLength.max) problems.content = "petitionForm.contentLong";
  return problems;
}

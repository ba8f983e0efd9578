import type { HelpMessageKey } from "./i18n/messages";

export type PetitionField = "category" | "content" | "photo";

/** The form's element ids, in the order of the form: what the error summary links to. */
export const petitionFieldIds: Record<PetitionField, string> = {
  category: "category",
  content: "content",
  photo: "photo",
};

const CONTENT_MIN = 20;
const CONTENT_MAX = 2000;

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
  else if (length < CONTENT_MIN) problems.content = "petitionForm.contentShort";
  else if (length > CONTENT_MAX) problems.content = "petitionForm.contentLong";
  return problems;
}

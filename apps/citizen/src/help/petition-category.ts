import { type PetitionCategory, petitionCategories } from "@ansinh/domain";
import type { Locale } from "@ansinh/ui";

/** A petition's category in the language read, e.g. "Thẻ BHYT, khám chữa bệnh". */
export function categoryName(code: PetitionCategory, locale: Locale): string {
  return petitionCategories.find((category) => category.code === code)?.[locale] ?? code;
}

import { paths } from "../paths";

/** The pages of a child's card, for a parent: the route patterns with the child's BHXH number. */
export function childCardPath(bhxhNumber: string): string {
  return paths.childCard.replace("$bhxhNumber", encodeURIComponent(bhxhNumber));
}

export function childCardImagePath(bhxhNumber: string): string {
  return paths.childCardImage.replace("$bhxhNumber", encodeURIComponent(bhxhNumber));
}

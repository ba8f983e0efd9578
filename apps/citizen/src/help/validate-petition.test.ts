import { helpTextLimits } from "@ansinh/domain";
import { describe, expect, it } from "vitest";
import { checkPetition } from "./validate-petition";

describe("checkPetition", () => {
  const category = "health_card";

  it("takes content from the API's shortest to its longest, counted once trimmed", () => {
    for (const length of [helpTextLimits.petitionMin, helpTextLimits.petition])
      expect(checkPetition({ category, content: ` ${"a".repeat(length)}\n` })).toEqual({});
  });

  it("says which bound the content missed", () => {
    expect(checkPetition({ category, content: "a".repeat(helpTextLimits.petitionMin - 1) })).toEqual({
      content: "petitionForm.contentShort",
    });
    expect(checkPetition({ category, content: "a".repeat(helpTextLimits.petition + 1) })).toEqual({
      content: "petitionForm.contentLong",
    });
    expect(checkPetition({ category: "", content: "   " })).toEqual({
      category: "petitionForm.categoryRequired",
      content: "petitionForm.contentRequired",
    });
  });
});

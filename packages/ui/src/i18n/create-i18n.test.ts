import { describe, expect, it } from "vitest";
import { createTranslator } from "./create-i18n";

const vi = { "greeting.hello": "Xin chào", "greeting.bye": "Tạm biệt" } as const;
const en = { "greeting.hello": "Hello", "greeting.bye": "Goodbye" } as const;

describe("createTranslator", () => {
  it("returns the text of the chosen language", () => {
    expect(createTranslator({ vi, en }, "vi")("greeting.hello")).toBe("Xin chào");
    expect(createTranslator({ vi, en }, "en")("greeting.bye")).toBe("Goodbye");
  });

  // These cases are checked by `tsc` (tsconfig.web.json includes this file): if the types stopped
  // rejecting them, the unused @ts-expect-error directives would fail the type check.
  it("does not compile when the languages have different keys", () => {
    const missingKey = { "greeting.hello": "Hello" } as const;
    const extraKey = { ...en, "greeting.extra": "Extra" } as const;

    // @ts-expect-error English lacks "greeting.bye".
    expect(() => createTranslator({ vi, en: missingKey }, "en")).not.toThrow();
    // @ts-expect-error English has a key that Vietnamese does not.
    expect(() => createTranslator({ vi, en: extraKey }, "en")).not.toThrow();
    // @ts-expect-error Keys outside the dictionary are refused.
    expect(() => createTranslator({ vi, en }, "vi")("greeting.unknown")).not.toThrow();
  });
});

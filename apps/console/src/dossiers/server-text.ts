import type { Locale } from "@ansinh/ui";

/** A text from the AnSinh API, worded in both languages so the page follows a switch of language. */
export interface ServerText {
  vi: string;
  en: string;
}

export function textIn(text: ServerText, locale: Locale): string {
  return text[locale];
}

/** The bilingual `detail` (or `title`) of a problem+json body, if it has one. */
export function problemText(body: unknown): ServerText | null {
  if (typeof body !== "object" || body === null) return null;
  for (const field of ["detail", "title"]) {
    const value: unknown = Reflect.get(body, field);
    if (typeof value === "string" && value.trim() !== "") return { vi: value, en: value };
    if (typeof value === "object" && value !== null) {
      const vi: unknown = Reflect.get(value, "vi");
      const en: unknown = Reflect.get(value, "en");
      if (typeof vi === "string" && typeof en === "string" && (vi !== "" || en !== ""))
        return { vi: vi || en, en: en || vi };
    }
  }
  return null;
}

/** The per-field problems of a 400 ({field, code, vi, en}), in the server's order. */
export function problemFields(body: unknown): ServerText[] {
  if (typeof body !== "object" || body === null) return [];
  const errors: unknown = Reflect.get(body, "errors");
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: unknown) => {
    if (typeof error !== "object" || error === null) return [];
    const vi: unknown = Reflect.get(error, "vi");
    const en: unknown = Reflect.get(error, "en");
    return typeof vi === "string" && typeof en === "string" ? [{ vi, en }] : [];
  });
}

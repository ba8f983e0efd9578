/**
 * Vietnamese text arrives both precomposed (NFC) and decomposed (NFD, e.g. from macOS or some
 * keyboards). Comparing, indexing or drawing it into a PDF only works on one form, so we store NFC.
 */
export function toNfc(s: string): string {
  return s.normalize("NFC");
}

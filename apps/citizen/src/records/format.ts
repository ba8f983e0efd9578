/** A rate in percent as the API writes it ("8", "0.5", "1.500") → "8%", "0,5%" (vi) or "0.5%" (en). */
export function formatRate(rate: string, locale: "vi" | "en"): string {
  const value = Number(rate);
  if (!Number.isFinite(value)) return rate;
  const text = String(Math.round(value * 1000) / 1000);
  return `${locale === "vi" ? text.replace(".", ",") : text}%`;
}

/**
 * A coded name from a reference list — a facility, an office, a diagnosis. The API sends "" as the
 * name when its list does not hold the code; the code alone is then shown.
 */
export function nameAndCode({ code, name }: { code: string; name: string }, separator = " — "): string {
  return name ? `${code}${separator}${name}` : code;
}

/** A facility as people read it: "Trung tâm Y tế khu vực Tây Hồ (79003)", or its code alone. */
export function nameThenCode({ code, name }: { code: string; name: string }): string {
  return name ? `${name} (${code})` : code;
}

/** The facility or office name, or its code when the name is not known. */
export function nameOrCode({ code, name }: { code: string; name: string }): string {
  return name || code;
}

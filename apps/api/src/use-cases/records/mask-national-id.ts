/**
 * An ID number as the profile shows it: the first three digits (the province of birth) and the last
 * two, the rest hidden — "079085000123" → "079*******23". Short or odd values hide everything.
 */
export function maskNationalId(id: string): string {
  const digits = id.replace(/\s/g, "");
  if (digits.length < 8) return "*".repeat(digits.length);
  return `${digits.slice(0, 3)}${"*".repeat(digits.length - 5)}${digits.slice(-2)}`;
}

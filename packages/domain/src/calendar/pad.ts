/** Zero-pads a date or month part: pad(7, 2) → "07". Internal to the calendar modules. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

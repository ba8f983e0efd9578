/**
 * `percent` % of a non-negative amount of đồng, rounded to the nearest whole đồng, halves up.
 *
 * The rate is turned into hundredths of a percent first so the product is computed on integers:
 * 46,800,000 × 1.5 % must be exactly 702,000, which floating-point division does not guarantee.
 * Vietnamese rates have at most two decimals (0.5 %, 1.5 %); anything finer is rejected.
 */
export function percentOf(amount: number, percent: number): number {
  const hundredths = Math.round(percent * 100);
  const valid =
    Number.isSafeInteger(amount) &&
    amount >= 0 &&
    hundredths >= 0 &&
    Math.abs(percent * 100 - hundredths) < 1e-9;
  if (!valid)
    throw new RangeError(
      `percentOf needs whole đồng ≥ 0 and a rate with ≤ 2 decimals (${amount}, ${percent})`,
    );
  return Math.floor((amount * hundredths + 5000) / 10000);
}

/**
 * Formats an amount of Vietnamese đồng: "1.234.567 ₫", "-50.000 ₫", "0 ₫".
 *
 * The đồng has no subunit in use, so fractional input is rounded to the nearest đồng (halves away
 * from zero). Grouping is done by hand rather than with `Intl.NumberFormat("vi-VN")`, whose output
 * (non-breaking spaces, symbol placement) differs between ICU versions and would break comparisons.
 * `bigint` is accepted for ledger totals beyond 2^53.
 */
export function formatVnd(amount: number | bigint): string {
  const whole = typeof amount === "bigint" ? amount : BigInt(roundToDong(amount));
  const negative = whole < 0n;
  const digits = (negative ? -whole : whole).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ".");
  return `${negative ? "-" : ""}${grouped} ₫`;
}

function roundToDong(amount: number): number {
  if (!Number.isFinite(amount)) throw new RangeError(`Not an amount of money: ${amount}`);
  return Math.sign(amount) * Math.round(Math.abs(amount));
}

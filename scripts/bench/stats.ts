/** The p-th percentile (0–100) of a sample, by the nearest-rank method. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) throw new RangeError("percentile of an empty sample");
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Milliseconds with one decimal, for tables. */
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Prints rows as a Markdown table, the form the closing notes quote. */
export function printTable(header: string[], rows: (string | number)[][]) {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  console.log(line(header));
  console.log(line(header.map(() => "---")));
  for (const row of rows) console.log(line(row));
}

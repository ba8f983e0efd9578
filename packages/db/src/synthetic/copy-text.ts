/** Values as they go into one COPY row; null becomes \N. */
type CopyValue = string | number | boolean | null | undefined | Uint8Array;

/**
 * Accumulates rows in PostgreSQL's COPY text format for one table. Text format (not CSV) because
 * escaping is a fixed, tiny set of characters and bytea goes in as \\x hex.
 */
export class CopyBuffer {
  private parts: string[] = [];
  rows = 0;

  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  add(values: readonly CopyValue[]): void {
    if (values.length !== this.columns.length) {
      throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    }
    this.parts.push(values.map(encode).join("\t"), "\n");
    this.rows++;
  }

  /** Returns the buffered text and empties the buffer. */
  take(): string {
    const text = this.parts.join("");
    this.parts = [];
    this.rows = 0;
    return text;
  }
}

function encode(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Uint8Array) return `\\\\x${Buffer.from(value).toString("hex")}`;
  // Most values need no escaping; testing first avoids a replace() allocation per value.
  if (typeof value === "string")
    return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPABLE, (c) => ESCAPES[c] ?? c) : value;
  return String(value);
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPABLE = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

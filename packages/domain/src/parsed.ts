/**
 * The result of validating one field of user input. Parsers never throw on bad input: the caller
 * (a form, the API boundary) needs a message it can show next to the field, in both languages.
 */
export type FieldError = {
  /** Stable machine code, `<field>.<reason>`, e.g. "bhxh_number.format". */
  code: string;
  /** Message for the user in Vietnamese (with diacritics). */
  vi: string;
  /** The same message in English. */
  en: string;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: FieldError };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail(code: string, vi: string, en: string): { ok: false; error: FieldError } {
  return { ok: false, error: { code, vi, en } };
}

/**
 * Returns the value of a successful parse or throws. Formatters and builders use it: for them a bad
 * argument is a programming error, not user input to report back.
 */
export function unwrap<T>(parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  throw new RangeError(`${parsed.error.code}: ${parsed.error.en}`);
}

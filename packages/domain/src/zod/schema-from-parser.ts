import { z } from "zod";
import type { Parsed } from "../parsed";

/**
 * Wraps a domain parser as a Zod schema for the web/API boundary: input is a string, output is the
 * parser's normalised value.
 *
 * How the two languages travel: a failed parse becomes one "custom" issue whose `params` hold the
 * parser's FieldError `{ code, vi, en }`, and whose `message` is the English text, so plain Zod
 * consumers (logs, tests) still read something sensible. The API's problem+json mapper and the web
 * forms read `issue.params.vi` / `issue.params.en`. Non-string input fails Zod's own type check
 * before the parser runs and gets the consumer's generic message for `invalid_type`.
 */
export function schemaFromParser<T>(parse: (input: string) => Parsed<T>) {
  return z.string().transform((input, ctx) => {
    const parsed = parse(input);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.error.en, params: { ...parsed.error } });
    return z.NEVER;
  });
}

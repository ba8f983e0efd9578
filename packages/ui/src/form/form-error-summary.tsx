import type { ReactNode } from "react";
import { ErrorSummary } from "../error-summary";
import type { CheckedForm } from "./use-checked-form";

/**
 * The error summary of a checked form, or `false` while it has no errors: a page gives its tab title
 * the "Error:" prefix only when it is handed a summary. Keyed by the failed attempts, so that each
 * failed submit mounts it anew and focus goes back to it.
 */
export function formErrorSummary<Field extends string, ErrorKey extends string>(
  form: CheckedForm<Field, ErrorKey>,
  translate: (key: NoInfer<ErrorKey>) => string,
): ReactNode {
  return (
    form.fieldErrors.length > 0 && (
      <ErrorSummary
        key={form.failedAttempts}
        errors={form.fieldErrors.map(({ field, key }) => ({ fieldId: field, message: translate(key) }))}
      />
    )
  );
}

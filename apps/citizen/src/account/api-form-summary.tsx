import { ErrorSummary, type Locale } from "@ansinh/ui";
import type { ReactNode } from "react";
import { type ApiReply, fieldText } from "./api-reply";

interface SummaryForm<Field extends string, ErrorKey extends string> {
  fieldErrors: Array<{ field: Field; key: ErrorKey }>;
  failedAttempts: number;
  reply: ApiReply | null;
}

/**
 * The error summary of a form sent to the API: the browser's own checks, or else the server's
 * per-field problems (`apiFields` maps "body.code" to the form's "code"), each linking to its field.
 * `false` while there is nothing to fix, so the tab title gets its "Error:" prefix only with a summary.
 */
export function apiFormSummary<Field extends string, ErrorKey extends string>(
  form: SummaryForm<Field, ErrorKey>,
  translate: (key: ErrorKey) => string,
  apiFields: Readonly<Record<string, Field>>,
  locale: Locale,
): ReactNode {
  const errors =
    form.fieldErrors.length > 0
      ? form.fieldErrors.map(({ field, key }) => ({ fieldId: field, message: translate(key) }))
      : Object.entries(apiFields).flatMap(([apiField, field]) => {
          const message = fieldText(form.reply, apiField, locale);
          return message ? [{ fieldId: field, message }] : [];
        });
  return errors.length > 0 && <ErrorSummary key={form.failedAttempts} errors={errors} />;
}

/**
 * The reply as the notice under the form shows it: the per-field problems that are shown at their
 * fields are left out of it (and so is a message that only repeats one of them), so each is said once.
 */
export function noticeReply(
  reply: ApiReply | null,
  apiFields: Readonly<Record<string, string>>,
): ApiReply | null {
  if (reply?.kind !== "answer" || reply.ok) return reply;
  const placed = reply.fields.filter((problem) => problem.field in apiFields);
  const rest = reply.fields.filter((problem) => !(problem.field in apiFields));
  const said = (text: unknown) => JSON.stringify(text);
  const message = placed.some((problem) => said(problem.text) === said(reply.message)) ? null : reply.message;
  // Nothing left to say: no notice (an empty one would still draw its box).
  if (message === null && rest.length === 0) return null;
  return { ...reply, message, fields: rest, problems: rest.map((problem) => problem.text) };
}

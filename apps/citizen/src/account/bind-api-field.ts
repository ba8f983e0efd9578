import { bindField, type CheckedForm, type Locale } from "@ansinh/ui";
import { type ApiReply, fieldText } from "./api-reply";

/**
 * bindField, with the server's words at the field where the browser found nothing wrong: the API names
 * a problem by where it stands in the request ("body.code"), and these forms name their fields as the
 * request body does.
 */
export function bindApiField<Field extends string, ErrorKey extends string>(
  form: CheckedForm<Field, ErrorKey, ApiReply>,
  field: NoInfer<Field>,
  translate: (key: NoInfer<ErrorKey>) => string,
  locale: Locale,
) {
  const bound = bindField(form, field, translate);
  return { ...bound, error: bound.error ?? fieldText(form.reply, `body.${field}`, locale) };
}

import type { CheckedForm } from "./use-checked-form";

/**
 * The props that tie a TextField or PasswordField to one field of a checked form. The field's name is
 * also the input's id, which is what the error summary links to; `translate` words its error key.
 */
export function bindField<Field extends string, ErrorKey extends string>(
  form: CheckedForm<Field, ErrorKey>,
  field: NoInfer<Field>,
  translate: (key: NoInfer<ErrorKey>) => string,
) {
  const key = form.errors[field];
  return {
    id: field,
    name: field,
    error: key ? translate(key) : undefined,
    value: form.values[field],
    onValueChange: (value: string) => form.setValue(field, value),
  };
}

import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { FieldNotes, fieldNoteIds } from "./field-notes";
import { useUiT } from "./i18n/ui-messages";

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "value" | "onChange" | "aria-describedby" | "aria-invalid" | "className"
>;

export interface TextFieldProps extends NativeInputProps {
  id: string;
  label: string;
  hint?: string;
  /** Already translated; when present the field is marked invalid and the message is read with it. */
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Rendered beside the input, e.g. the show/hide button of a password field. */
  suffix?: ReactNode;
  /** For short fixed-length answers such as a 6-digit code: the box's width hints at the expected length. */
  narrow?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onValueChange,
  suffix,
  narrow,
  inputRef,
  ...input
}: TextFieldProps) {
  const t = useUiT();
  const { describedBy } = fieldNoteIds(id, hint, error);

  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} errorPrefix={t("field.errorPrefix")} />
      <div className="mt-2 flex gap-2">
        <input
          ref={inputRef}
          id={id}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`min-h-touch ${narrow ? "w-[8ch] box-content" : "w-full"} min-w-0 rounded-none border-2 bg-white px-3 text-lg ${error ? "border-error" : "border-ink"}`}
          {...input}
        />
        {suffix}
      </div>
    </div>
  );
}

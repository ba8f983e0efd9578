import { FieldNotes, fieldNoteIds } from "./field-notes";
import { useUiT } from "./i18n/ui-messages";

interface CheckboxFieldProps {
  id: string;
  /** What ticking the box says, e.g. a declaration: the box's accessible name. */
  label: string;
  hint?: string;
  /** Already translated; when present the box is marked invalid and the message is read with it. */
  error?: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  required?: boolean;
}

/** One box to tick (a declaration, a consent), its label beside it and the whole row a 44 px target. */
export function CheckboxField({
  id,
  label,
  hint,
  error,
  checked,
  onCheckedChange,
  required,
}: CheckboxFieldProps) {
  const t = useUiT();
  const { describedBy } = fieldNoteIds(id, hint, error);
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`}>
      <FieldNotes id={id} hint={hint} error={error} errorPrefix={t("field.errorPrefix")} />
      <div className="mt-2 flex items-start gap-3">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onCheckedChange(event.target.checked)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          className="mt-2.5 size-6 shrink-0 accent-brand"
        />
        <label htmlFor={id} className="min-h-touch content-center text-lg">
          {label}
        </label>
      </div>
    </div>
  );
}

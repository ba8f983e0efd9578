import { FieldNotes, fieldNoteIds } from "./field-notes";
import { useUiT } from "./i18n/ui-messages";

export interface RadioOption {
  value: string;
  label: string;
  /** A line under the option's label, e.g. what the choice means. */
  hint?: string;
  /** For a proper name read in another language than the page's. */
  lang?: string;
}

interface RadioFieldProps {
  /** The first radio's id: what an error summary links to. Names the group's radios too. */
  id: string;
  legend: string;
  hint?: string;
  /** Already translated; when present the group is marked invalid and the message is read with it. */
  error?: string;
  options: readonly RadioOption[];
  value: string;
  onValueChange: (value: string) => void;
  required?: boolean;
}

/**
 * One answer from a short list, as radios in a fieldset (GOV.UK: better than a drop-down for a handful
 * of options): the legend, hint and error read like a TextField's, each radio a 44 px target.
 */
export function RadioField({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onValueChange,
  required,
}: RadioFieldProps) {
  const t = useUiT();
  const { describedBy } = fieldNoteIds(id, hint, error);
  return (
    <fieldset
      aria-describedby={describedBy}
      className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`}
    >
      <legend className="text-lg font-bold">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} errorPrefix={t("field.errorPrefix")} />
      <div className="mt-2 space-y-1">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const optionHintId = `${optionId}-option-hint`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type="radio"
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onValueChange(option.value)}
                // The form is checked by the page (noValidate): `required` only tells assistive technology.
                required={required}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? optionHintId : undefined}
                className="mt-2.5 size-6 shrink-0 accent-brand"
              />
              <label htmlFor={optionId} lang={option.lang} className="min-h-touch content-center text-lg">
                {option.label}
                {option.hint && (
                  <span id={optionHintId} className="block text-muted">
                    {option.hint}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

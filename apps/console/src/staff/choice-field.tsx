import { useId } from "react";

/**
 * One answer from a short list, as radios in a fieldset (GOV.UK: better than a select for a handful
 * of options). The first radio's id is `id`, so an error summary's link lands on the group.
 */
export function ChoiceField({
  id,
  legend,
  options,
  value,
  onValueChange,
  error,
  errorPrefix,
}: {
  id: string;
  legend: string;
  options: readonly { value: string; label: string; lang?: string }[];
  value: string;
  onValueChange: (value: string) => void;
  /** Already translated; when present the group is marked invalid and the message is read with it. */
  error?: string;
  errorPrefix: string;
}) {
  const name = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      aria-describedby={error ? errorId : undefined}
      className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`}
    >
      <legend className="text-lg font-bold">{legend}</legend>
      {error && (
        <p id={errorId} className="mt-1 font-bold text-error">
          <span className="sr-only">{errorPrefix} </span>
          {error}
        </p>
      )}
      <div className="mt-2 space-y-2">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-center gap-3">
              <input
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onValueChange(option.value)}
                aria-invalid={error ? true : undefined}
                className="size-6 accent-brand"
              />
              <label htmlFor={optionId} lang={option.lang} className="min-h-touch content-center text-lg">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

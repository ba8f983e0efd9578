import { type MouseEvent, useEffect, useRef } from "react";
import { useUiT } from "./i18n/ui-messages";

interface FieldError {
  fieldId: string;
  message: string;
}

/**
 * GOV.UK-style list of what to fix, shown above the form. It takes focus when it mounts, so render it
 * with a key that changes on every failed submit to send focus back to it each time.
 */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const t = useUiT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <div ref={ref} tabIndex={-1} className="mb-8 border-4 border-error bg-white p-4">
      <div role="alert">
        <h2 className="text-xl font-bold">{t("errorSummary.title")}</h2>
        <ul className="mt-3 space-y-2">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => focusField(event, error.fieldId)}
                className="font-bold text-error"
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

// Following the link only scrolls; moving focus into the input (with its label in view) lets people
// type the fix straight away.
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const input = document.getElementById(fieldId);
  if (!input) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (label ?? input).scrollIntoView({ block: "start" });
  input.focus({ preventScroll: true });
}

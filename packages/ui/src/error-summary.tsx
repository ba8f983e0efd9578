import { type MouseEvent, type ReactNode, useEffect, useRef } from "react";
import { useUiT } from "./i18n/ui-messages";

interface FieldError {
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps<Item extends FieldError> {
  errors: readonly Item[];
  /** The heading; the shared "there is a problem" words by default. */
  title?: string;
  /** The server's own explanation, shown above the list. */
  detail?: string | null;
  /** Moves focus on the next tick, after a layout has focused a new page's heading. */
  deferFocus?: boolean;
  /** A link of one's own for an error (e.g. to another step); undefined keeps the in-page link. */
  renderLink?: (error: Item) => ReactNode | undefined;
}

/**
 * GOV.UK-style list of what to fix, shown above the form. It takes focus when it mounts, so render it
 * with a key that changes on every failed submit to send focus back to it each time.
 */
export function ErrorSummary<Item extends FieldError>({
  errors,
  title,
  detail,
  deferFocus = false,
  renderLink,
}: ErrorSummaryProps<Item>) {
  const t = useUiT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!deferFocus) {
      ref.current?.focus();
      return;
    }
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [deferFocus]);

  return (
    <div ref={ref} tabIndex={-1} className="mb-8 border-4 border-error bg-white p-4">
      <div role="alert">
        <h2 className="text-xl font-bold">{title ?? t("errorSummary.title")}</h2>
        {detail && <p className="mt-3 text-lg">{detail}</p>}
        {errors.length > 0 && (
          <ul className="mt-3 space-y-2">
            {errors.map((error) => (
              <li key={error.fieldId}>
                {renderLink?.(error) ?? (
                  <a
                    href={`#${error.fieldId}`}
                    onClick={(event) => focusField(event, error.fieldId)}
                    className="font-bold text-error"
                  >
                    {error.message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
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

import { Link } from "@tanstack/react-router";
import { type MouseEvent, useEffect, useRef } from "react";
import { useRegistrationT } from "./i18n/messages";
import { setReturnToCheck } from "./registration-store";

export interface SummaryItem {
  /** The input to fix; on another step, `step` is that step's path. */
  fieldId: string;
  message: string;
  step?: string;
}

/**
 * The GOV.UK error summary, with room for the server's own explanation above the list. It takes focus
 * when it mounts, so render it with a key that changes for every failed attempt. The focus is moved
 * after the layout has focused a new step's heading, since a refused submission opens the step to fix.
 */
export function StepErrorSummary({
  detail,
  items,
}: {
  detail?: string | null;
  items: readonly SummaryItem[];
}) {
  const t = useRegistrationT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div ref={ref} tabIndex={-1} className="mb-8 border-4 border-error bg-white p-4">
      <div role="alert">
        <h2 className="text-xl font-bold">{t("reg.errorSummary")}</h2>
        {detail && <p className="mt-3 text-lg">{detail}</p>}
        {items.length > 0 && (
          <ul className="mt-3 space-y-2">
            {items.map((item) => (
              <li key={item.fieldId}>
                {item.step ? (
                  <Link
                    to={item.step}
                    hash={item.fieldId}
                    onClick={() => setReturnToCheck(true)}
                    className="font-bold text-error"
                  >
                    {item.message}
                  </Link>
                ) : (
                  <a
                    href={`#${item.fieldId}`}
                    onClick={(event) => focusField(event, item.fieldId)}
                    className="font-bold text-error"
                  >
                    {item.message}
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
// fix it straight away.
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const input = document.getElementById(fieldId);
  if (!input) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (label ?? input).scrollIntoView({ block: "start" });
  input.focus({ preventScroll: true });
}

import { ErrorSummary } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
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
  return (
    <ErrorSummary
      errors={items}
      title={t("reg.errorSummary")}
      detail={detail}
      deferFocus
      renderLink={(item) =>
        item.step ? (
          <Link
            to={item.step}
            hash={item.fieldId}
            onClick={() => setReturnToCheck(true)}
            className="font-bold text-error"
          >
            {item.message}
          </Link>
        ) : undefined
      }
    />
  );
}

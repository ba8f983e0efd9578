import { ErrorSummary } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useRegistrationT } from "./i18n/messages";

export interface SummaryItem {
  /** The input to fix; on another step, `step` is that step's path. */
  fieldId: string;
  message: string;
  step?: string;
}

/**
 * The GOV.UK error summary, with room for the server's own explanation above the list; the steps of
 * both the self-registration and the child-account journeys use it. It takes focus when it mounts, so
 * render it with a key that changes for every failed attempt. The focus is moved after the layout has
 * focused a new step's heading, since a refused submission opens the step to fix.
 */
export function StepErrorSummary({
  detail,
  items,
  onFollowStep,
}: {
  detail?: string | null;
  items: readonly SummaryItem[];
  /**
   * Called as a link to another step is followed (only the check page has those), so that the journey's
   * own store leads from that step back to the check page.
   */
  onFollowStep?: () => void;
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
          <Link to={item.step} hash={item.fieldId} onClick={onFollowStep} className="font-bold text-error">
            {item.message}
          </Link>
        ) : undefined
      }
    />
  );
}

import { buttonClassName } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useRegistrationT } from "./i18n/messages";
import { StepPage } from "./step-page";

interface SentReceiptProps {
  /** What the number is in this journey, e.g. "Số hồ sơ của bạn". */
  numberLabel: string;
  sent: { dossierNumber: string; officeName: string };
  /** What happens next in this journey; the last point, about a dossier that is sent back, is common. */
  next: readonly string[];
  /** The way out, back to where the journey was started from. */
  home: { to: string; label: string };
}

/**
 * The receipt that ends both the self-registration and the child-account journeys, "Đã gửi hồ sơ": the
 * dossier number (the one thing to keep, so it stands out), the office, what happens next, and the
 * hotline to call with the number.
 */
export function SentReceipt({ numberLabel, sent, next, home }: SentReceiptProps) {
  const t = useRegistrationT();
  return (
    <StepPage title={t("done.title")}>
      <div className="mb-6 rounded-md bg-success p-5 text-center text-white">
        <p className="text-lg">{numberLabel}</p>
        <p className="mt-1 text-3xl font-bold tracking-wide break-all" data-testid="dossier-number">
          {sent.dossierNumber}
        </p>
      </div>
      {sent.officeName && (
        <p className="mb-4 text-lg">
          <span className="font-bold">{t("done.office")}</span> {sent.officeName}
        </p>
      )}
      <p className="mb-8 text-lg">{t("done.keepNumber")}</p>

      <h2 className="text-xl font-bold">{t("done.nextHeading")}</h2>
      <ul className="mt-3 mb-8 list-disc space-y-2 pl-6 text-lg">
        {next.map((point) => (
          <li key={point}>{point}</li>
        ))}
        <li>{t("done.nextRejected")}</li>
      </ul>

      <p className="mb-3 text-lg">{t("done.help")}</p>
      <a href="tel:19009068" className={`${buttonClassName("secondary")} w-full`}>
        {t("done.hotline")}
      </a>
      <p className="mt-6">
        <Link to={home.to} className="text-lg">
          {home.label}
        </Link>
      </p>
    </StepPage>
  );
}

import { buttonClassName } from "@ansinh/ui";
import { Link, Navigate } from "@tanstack/react-router";
import { paths } from "../paths";
import { fill, useRegistrationT } from "./i18n/messages";
import { useRegistration } from "./registration-store";
import { StepPage } from "./step-page";

/** The receipt: "Đã gửi hồ sơ" with the dossier number, the office, and what happens next. */
export function SentStep() {
  const t = useRegistrationT();
  const { sent } = useRegistration();
  if (!sent) return <Navigate to={paths.register} replace />;

  return (
    <StepPage title={t("done.title")}>
      <div className="mb-6 rounded-md bg-success p-5 text-center text-white">
        <p className="text-lg">{t("done.numberLabel")}</p>
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
        <li>{fill(t("done.nextSms"), { phone: sent.phone })}</li>
        <li>{t("done.nextReview")}</li>
        <li>{t("done.nextRejected")}</li>
      </ul>

      <p className="mb-3 text-lg">{t("done.help")}</p>
      <a href="tel:19009068" className={`${buttonClassName("secondary")} w-full`}>
        {t("done.hotline")}
      </a>
      <p className="mt-6">
        <Link to={paths.personal} className="text-lg">
          {t("done.home")}
        </Link>
      </p>
    </StepPage>
  );
}

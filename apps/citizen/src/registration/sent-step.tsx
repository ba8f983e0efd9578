import { Navigate } from "@tanstack/react-router";
import { paths } from "../paths";
import { fill, useRegistrationT } from "./i18n/messages";
import { useRegistration } from "./registration-store";
import { SentReceipt } from "./sent-receipt";

/** The receipt: "Đã gửi hồ sơ" with the dossier number, the office, and what happens next. */
export function SentStep() {
  const t = useRegistrationT();
  const { sent } = useRegistration();
  if (!sent) return <Navigate to={paths.register} replace />;

  return (
    <SentReceipt
      numberLabel={t("done.numberLabel")}
      sent={sent}
      next={[fill(t("done.nextSms"), { phone: sent.phone }), t("done.nextReview")]}
      home={{ to: paths.personal, label: t("done.home") }}
    />
  );
}

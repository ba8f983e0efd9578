import { Navigate } from "@tanstack/react-router";
import { paths } from "../paths";
import { SentReceipt } from "../registration/sent-receipt";
import { useChildForm } from "./child-store";
import { useChildT } from "./i18n/messages";

/** The receipt: the dossier number, the office, and what happens next (SMS to the parent's phone). */
export function ChildSentStep() {
  const t = useChildT();
  const { sent } = useChildForm();
  if (!sent) return <Navigate to={paths.childRegister} replace />;

  return (
    <SentReceipt
      numberLabel={t("done.numberLabel")}
      sent={sent}
      next={[t("done.nextSms"), t("done.nextReview")]}
      home={{ to: paths.services, label: t("done.services") }}
    />
  );
}

import { useT } from "../i18n/messages";
import { Page } from "../layout/page";

export function RegisterPage() {
  const t = useT();
  return <Page title={t("register.title")} lead={t("register.lead")} />;
}

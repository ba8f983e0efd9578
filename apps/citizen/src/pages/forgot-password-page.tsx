import { useT } from "../i18n/messages";
import { HotlineLink } from "../layout/hotline-link";
import { Page } from "../layout/page";

export function ForgotPasswordPage() {
  const t = useT();
  return (
    <Page title={t("forgotPassword.title")} lead={t("forgotPassword.lead")}>
      <HotlineLink />
    </Page>
  );
}

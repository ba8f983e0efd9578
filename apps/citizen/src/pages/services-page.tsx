import { useT } from "../i18n/messages";
import { Page } from "../layout/page";

export function ServicesPage() {
  const t = useT();
  return (
    <Page title={t("services.title")} lead={t("services.lead")}>
      <p>{t("common.comingSoon")}</p>
    </Page>
  );
}

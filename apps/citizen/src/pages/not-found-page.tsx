import { useT } from "../i18n/messages";
import { Page } from "../layout/page";

export function NotFoundPage() {
  const t = useT();
  return <Page title={t("notFound.title")} lead={t("notFound.lead")} />;
}

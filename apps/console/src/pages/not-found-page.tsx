import { Link } from "@tanstack/react-router";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { paths } from "../paths";

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t("notFound.title")} lead={t("notFound.lead")}>
      <Link to={paths.login} className="text-lg">
        {t("notFound.back")}
      </Link>
    </Page>
  );
}

import { buttonClassName } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { paths } from "../paths";

// There is no session yet, so this tab always shows the signed-out invitation.
export function PersonalPage() {
  const t = useT();
  return (
    <Page title={t("personal.title")} lead={t("personal.lead")}>
      <section className="rounded-md bg-white p-4">
        <p className="text-lg">{t("personal.signedOut")}</p>
        <Link to={paths.login} className={`${buttonClassName()} mt-4 w-full`}>
          {t("personal.signIn")}
        </Link>
        <p className="mt-4">
          {t("personal.noAccount")} <Link to={paths.register}>{t("personal.register")}</Link>
        </p>
      </section>
    </Page>
  );
}

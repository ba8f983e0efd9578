import { buttonClassName } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useSession } from "../account/session";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { paths } from "../paths";

/** "Dịch vụ công": the services a signed-in person can apply for online; others are asked to sign in. */
export function ServicesPage() {
  const t = useT();
  const [session] = useSession();
  return (
    <Page title={t("services.title")} lead={t("services.lead")}>
      {session.kind === "checking" && (
        <p role="status" className="text-lg">
          {t("services.checking")}
        </p>
      )}
      {session.kind === "signedOut" && (
        <section className="rounded-md bg-white p-4">
          <p className="text-lg">{t("services.signedOut")}</p>
          <Link to={paths.login} className={`${buttonClassName()} mt-4 w-full`}>
            {t("services.signIn")}
          </Link>
        </section>
      )}
      {session.kind === "signedIn" && (
        <section aria-labelledby="services-list">
          <h2 id="services-list" className="mb-3 text-xl font-bold">
            {t("services.listHeading")}
          </h2>
          <ul className="divide-y divide-line/40 border-y border-line/40 bg-white">
            <li>
              <Link to={paths.childRegister} className="flex min-h-touch flex-col gap-1 p-4 no-underline">
                <span className="text-lg font-bold underline">{t("services.childAccount")}</span>
                <span className="text-ink">{t("services.childAccount.text")}</span>
              </Link>
            </li>
          </ul>
        </section>
      )}
      <p className="mt-6">{t("services.more")}</p>
    </Page>
  );
}

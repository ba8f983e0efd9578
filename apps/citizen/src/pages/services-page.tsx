import { buttonClassName } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { useSession } from "../account/session";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { paths } from "../paths";

// The catalogue and "Hồ sơ của tôi" come with the services chunk, not with the app shell.
const ServiceCatalogue = lazy(() =>
  import("../services/services-pages").then((pages) => ({ default: pages.ServiceCatalogue })),
);

/** "Dịch vụ công": the services a signed-in person can apply for online; others are asked to sign in. */
export function ServicesPage() {
  const t = useT();
  const [session] = useSession();
  const waiting = (key: "services.checking" | "services.loading") => (
    <p role="status" className="text-lg">
      {t(key)}
    </p>
  );
  return (
    <Page title={t("services.title")} lead={t("services.lead")}>
      {session.kind === "checking" && waiting("services.checking")}
      {session.kind === "signedOut" && (
        <section className="rounded-md bg-white p-4">
          <p className="text-lg">{t("services.signedOut")}</p>
          <Link to={paths.login} className={`${buttonClassName()} mt-4 w-full`}>
            {t("services.signIn")}
          </Link>
        </section>
      )}
      {session.kind === "signedIn" && (
        <Suspense fallback={waiting("services.loading")}>
          <ServiceCatalogue />
        </Suspense>
      )}
    </Page>
  );
}

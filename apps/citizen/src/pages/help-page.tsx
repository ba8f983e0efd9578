import { useT } from "../i18n/messages";
import { HotlineLink } from "../layout/hotline-link";
import { Page } from "../layout/page";

export function HelpPage() {
  const t = useT();
  return (
    <Page title={t("help.title")} lead={t("help.lead")}>
      <section className="rounded-md bg-white p-4">
        <h2 className="text-xl font-bold">{t("help.callHeading")}</h2>
        <p className="mt-2 mb-4">{t("help.callText")}</p>
        <HotlineLink />
      </section>
    </Page>
  );
}

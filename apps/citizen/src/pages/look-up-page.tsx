import type { MessageKey } from "../i18n/messages";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";

// The public look-ups VssID offers; each becomes a link when its page is built.
const comingLookUps: readonly MessageKey[] = [
  "lookUp.number",
  "lookUp.offices",
  "lookUp.facilities",
  "lookUp.employers",
  "lookUp.collectionPoints",
];

export function LookUpPage() {
  const t = useT();
  return (
    <Page title={t("lookUp.title")} lead={t("lookUp.lead")}>
      <h2 className="text-xl font-bold">{t("lookUp.listHeading")}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {comingLookUps.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </Page>
  );
}

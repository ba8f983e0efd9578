import { useT } from "../i18n/messages";

/** What the server asks of a new password, said before it is typed rather than learnt from a refusal. */
export function PasswordRules() {
  const t = useT();
  return (
    <section aria-labelledby="password-rules" className="mb-6 rounded-md bg-white p-4">
      <h2 id="password-rules" className="text-xl font-bold">
        {t("changePassword.rulesHeading")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
        <li>{t("changePassword.rule.length")}</li>
        <li>{t("changePassword.rule.common")}</li>
        <li>{t("changePassword.rule.number")}</li>
      </ul>
    </section>
  );
}

import { useLocale } from "@ansinh/ui";
import { postJson } from "../account/api-reply";
import { asMe, type Me } from "../account/session";
import { useApiForm } from "../account/use-api-form";
import { useT } from "../i18n/messages";
import { type CodeChallenge, CodeStep } from "../otp/code-step";
import { normaliseOtpCode, validateOtpCode } from "../otp/otp-code";

const apiFields = { "body.code": "code" } as const;

/** The code sent to the registered phone; a right one moves the account to this phone and signs in. */
export function DeviceChangeCode({
  onSignedIn,
  ...challenge
}: CodeChallenge & { onSignedIn: (me: Me) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const form = useApiForm({
    fields: ["code"],
    validate: (values) => {
      const code = validateOtpCode(values.code);
      return code ? { code } : {};
    },
    send: async (values) => {
      const reply = await postJson(
        "/api/auth/device-change",
        { ticket: challenge.ticket, code: normaliseOtpCode(values.code) },
        locale,
      );
      const me = reply.kind === "answer" && reply.ok ? asMe(reply.body) : null;
      if (me) onSignedIn(me);
      return reply.kind === "answer" && reply.ok && !me ? { kind: "unavailable" } : reply;
    },
  });

  return (
    <CodeStep
      {...challenge}
      form={form}
      apiFields={apiFields}
      title={t("deviceChange.code.title")}
      lead={t("deviceChange.code.lead")}
      submitLabel={t("deviceChange.code.submit")}
      submittingLabel={t("deviceChange.code.submitting")}
      startAgainLabel={t("deviceChange.startAgain")}
    />
  );
}

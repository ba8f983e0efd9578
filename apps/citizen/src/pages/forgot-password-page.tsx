import {
  bindField,
  formErrorSummary,
  SubmitWithReply,
  TextField,
  useFocusHeading,
  useLocale,
} from "@ansinh/ui";
import { useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { postJson, stringIn } from "../account/api-reply";
import { bindApiField } from "../account/bind-api-field";
import { rememberLoginNotice } from "../account/login-notice";
import { NewPasswordFields } from "../account/new-password-fields";
import { PasswordRules } from "../account/password-rules";
import { useApiForm } from "../account/use-api-form";
import { validateNewPassword } from "../account/validate-change-password";
import { useT } from "../i18n/messages";
import { HotlineLink } from "../layout/hotline-link";
import { Page } from "../layout/page";
import { IdentifierField } from "../login/identifier-field";
import { normaliseIdentifier } from "../login/validate-login";
import { normalisePhone, passwordResetFields, validatePasswordReset } from "../login/validate-password-reset";
import { type CodeChallenge, CodeStep } from "../otp/code-step";
import { normaliseOtpCode, validateOtpCode } from "../otp/otp-code";
import { readSentCode, type SentCode } from "../otp/resend-code";
import { paths } from "../paths";

type Step = { kind: "request" } | { kind: "reset"; identifier: string; ticket: string; sent: SentCode };

/**
 * A forgotten password is replaced with a code sent by SMS to the account's registered phone: the BHXH
 * (or CCCD) number and that phone first, then the code and the new password. The server answers the
 * first step the same whether or not they match an account, so the page never says which it was.
 */
export function ForgotPasswordPage() {
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>({ kind: "request" });
  const container = useRef<HTMLDivElement>(null);
  useFocusHeading(container, step.kind);

  return (
    <div ref={container}>
      {step.kind === "request" && (
        <RequestStep
          onSent={(identifier, ticket, sent) => setStep({ kind: "reset", identifier, ticket, sent })}
        />
      )}
      {step.kind === "reset" && (
        <ResetStep
          identifier={step.identifier}
          ticket={step.ticket}
          sent={step.sent}
          onResent={(sent) => setStep({ ...step, sent })}
          onDone={() => {
            rememberLoginNotice("passwordReset");
            void navigate({ to: paths.login });
          }}
          onStartAgain={() => setStep({ kind: "request" })}
        />
      )}
    </div>
  );
}

function RequestStep({ onSent }: { onSent: (identifier: string, ticket: string, sent: SentCode) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const form = useApiForm({
    fields: passwordResetFields,
    validate: validatePasswordReset,
    send: async (values) => {
      const identifier = normaliseIdentifier(values.identifier);
      const reply = await postJson(
        "/api/auth/password-reset",
        { identifier, phone: normalisePhone(values.phone) },
        locale,
      );
      if (reply.kind !== "answer" || !reply.ok) return reply;
      const ticket = stringIn(reply.body, "ticket");
      const sent = readSentCode(reply.body, 0);
      if (!ticket || !sent) return { kind: "unavailable" };
      onSent(identifier, ticket, sent);
      return null;
    },
  });

  return (
    <Page
      title={t("forgotPassword.title")}
      lead={t("forgotPassword.lead")}
      errorSummary={formErrorSummary(form, t)}
    >
      <form noValidate onSubmit={form.onSubmit}>
        <IdentifierField {...bindField(form, "identifier", t)} />
        <TextField
          {...bindField(form, "phone", t)}
          label={t("forgotPassword.phone.label")}
          hint={t("forgotPassword.phone.hint")}
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
        />
        <SubmitWithReply
          reply={form.reply}
          pending={form.pending}
          label={t("forgotPassword.submit")}
          pendingLabel={t("forgotPassword.submitting")}
          className="w-full"
        />
      </form>
      <section className="mt-8 rounded-md bg-white p-4">
        <p className="mb-4 text-lg">{t("forgotPassword.noPhone")}</p>
        <HotlineLink />
      </section>
    </Page>
  );
}

const resetFields = ["code", "newPassword", "repeatPassword"] as const;
const apiFields = { "body.code": "code", "body.newPassword": "newPassword" } as const;

function ResetStep({
  identifier,
  onDone,
  ...challenge
}: CodeChallenge & { identifier: string; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const form = useApiForm({
    fields: resetFields,
    validate: (values) => {
      const code = validateOtpCode(values.code);
      return { ...(code ? { code } : {}), ...validateNewPassword(values) };
    },
    send: async (values) => {
      const reply = await postJson(
        "/api/auth/password-reset/confirm",
        { ticket: challenge.ticket, code: normaliseOtpCode(values.code), newPassword: values.newPassword },
        locale,
      );
      if (reply.kind === "answer" && reply.ok) {
        onDone();
        return null;
      }
      return reply;
    },
  });

  return (
    <CodeStep
      {...challenge}
      form={form}
      apiFields={apiFields}
      title={t("forgotPassword.reset.title")}
      lead={t("forgotPassword.reset.lead")}
      submitLabel={t("forgotPassword.reset.submit")}
      submittingLabel={t("forgotPassword.reset.submitting")}
      startAgainLabel={t("forgotPassword.startAgain")}
      username={identifier}
    >
      <PasswordRules />
      <NewPasswordFields
        newPassword={bindApiField(form, "newPassword", t, locale)}
        repeatPassword={bindField(form, "repeatPassword", t)}
      />
    </CodeStep>
  );
}

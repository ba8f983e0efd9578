import {
  bindField,
  formErrorSummary,
  PasswordField,
  SubmitWithReply,
  useFocusHeading,
  useLocale,
} from "@ansinh/ui";
import { Link, useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { clearLoginNotice, type LoginNotice, readLoginNotice } from "../account/login-notice";
import type { Me } from "../account/session";
import { useApiForm } from "../account/use-api-form";
import type { DeviceProblem } from "../device/device-key";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { DeviceChangeCode } from "../login/device-change-code";
import { DeviceChangeConfirm } from "../login/device-change-confirm";
import { IdentifierField } from "../login/identifier-field";
import { signInWithDevice } from "../login/sign-in-with-device";
import { loginFields, normaliseIdentifier, validateLogin } from "../login/validate-login";
import type { SentCode } from "../otp/resend-code";
import { paths } from "../paths";

/** Sign-in happens in up to three steps on this one page: password, then (for a new phone) a warning and a code. */
type Step =
  | { kind: "credentials" }
  | { kind: "confirm"; ticket: string; phoneMasked: string }
  | { kind: "code"; ticket: string; sent: SentCode };

export function LoginPage() {
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>({ kind: "credentials" });
  // Each step has its own heading; moving focus to it tells a screen-reader user the step changed.
  const container = useRef<HTMLDivElement>(null);
  useFocusHeading(container, step.kind);

  // A temporary password (sent by SMS on approval) is replaced before anything else.
  const onSignedIn = (me: Me) => {
    clearLoginNotice();
    void navigate({ to: me.mustChangePassword ? paths.changePassword : paths.personal });
  };
  const startAgain = () => setStep({ kind: "credentials" });

  return (
    <div ref={container}>
      {step.kind === "credentials" && (
        <CredentialsStep
          onSignedIn={onSignedIn}
          onOtherDevice={(ticket, phoneMasked) => setStep({ kind: "confirm", ticket, phoneMasked })}
        />
      )}
      {step.kind === "confirm" && (
        <DeviceChangeConfirm
          ticket={step.ticket}
          phoneMasked={step.phoneMasked}
          onCodeSent={(sent) => setStep({ kind: "code", ticket: step.ticket, sent })}
          onCancel={startAgain}
        />
      )}
      {step.kind === "code" && (
        <DeviceChangeCode
          ticket={step.ticket}
          sent={step.sent}
          onResent={(sent) => setStep({ kind: "code", ticket: step.ticket, sent })}
          onSignedIn={onSignedIn}
          onStartAgain={startAgain}
        />
      )}
    </div>
  );
}

function CredentialsStep({
  onSignedIn,
  onOtherDevice,
}: {
  onSignedIn: (me: Me) => void;
  onOtherDevice: (ticket: string, phoneMasked: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  // Why the person is here, if there is more to say: their session moved to another phone, or they
  // have just set a new password. Read once; it stays until they are signed in again.
  const [notice] = useState<LoginNotice | null>(readLoginNotice);
  const [deviceProblem, setDeviceProblem] = useState<DeviceProblem | null>(null);
  const form = useApiForm({
    fields: loginFields,
    validate: validateLogin,
    send: async (values) => {
      setDeviceProblem(null);
      const outcome = await signInWithDevice(
        { identifier: normaliseIdentifier(values.identifier), password: values.password },
        locale,
      );
      switch (outcome.kind) {
        case "signedIn":
          onSignedIn(outcome.me);
          return null;
        case "otherDevice":
          onOtherDevice(outcome.ticket, outcome.phoneMasked);
          return null;
        case "deviceUnsupported":
          setDeviceProblem(outcome.problem);
          return null;
        case "refused":
          return outcome.reply;
      }
    },
  });

  return (
    <Page title={t("login.title")} errorSummary={formErrorSummary(form, t)}>
      {notice && (
        <div
          className={`mb-6 border-l-4 bg-white p-4 text-lg ${notice === "passwordReset" ? "border-success" : "border-error"}`}
        >
          <p>
            {t(notice === "passwordReset" ? "login.notice.passwordReset" : "login.notice.sessionReplaced")}
          </p>
        </div>
      )}
      <form noValidate onSubmit={form.onSubmit}>
        <IdentifierField {...bindField(form, "identifier", t)} />
        <PasswordField
          {...bindField(form, "password", t)}
          label={t("login.password.label")}
          autoComplete="current-password"
        />
        <div role="alert" className="empty:hidden">
          {deviceProblem && (
            <p className="mb-6 border-l-4 border-error bg-white p-4 text-lg">
              {t(deviceProblem === "noCrypto" ? "login.device.noCrypto" : "login.device.noStorage")}
            </p>
          )}
        </div>
        <SubmitWithReply
          reply={form.reply}
          pending={form.pending}
          label={t("login.submit")}
          pendingLabel={t("login.submitting")}
          className="w-full"
        />
      </form>

      <ul className="mt-6 space-y-3 text-lg">
        <li>
          <Link to={paths.forgotPassword}>{t("login.forgotPassword")}</Link>
        </li>
        <li>
          <Link to={paths.register}>{t("login.register")}</Link>
        </li>
      </ul>

      <section className="mt-8 rounded-md bg-white p-4">
        <h2 className="text-xl font-bold">{t("login.publicHeading")}</h2>
        <p className="mt-2">
          <Link to={paths.lookUp}>{t("login.publicLink")}</Link>
        </p>
      </section>
    </Page>
  );
}

import {
  bindField,
  formErrorSummary,
  PasswordField,
  SubmitWithReply,
  TextField,
  useLoginForm,
} from "@ansinh/ui";
import { useNavigate } from "@tanstack/react-router";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { normaliseCode, staffLoginFields, validateStaffLogin } from "../login/validate-staff-login";
import { paths } from "../paths";

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const form = useLoginForm({
    url: "/api/staff/login",
    fields: staffLoginFields,
    validate: validateStaffLogin,
    credentials: (values) => ({
      identifier: values.identifier.trim(),
      password: values.password,
      code: normaliseCode(values.code),
    }),
    // The dashboard asks the server for the profile itself, so it also works after a reload.
    onSignedIn: () => navigate({ to: paths.dashboard, replace: true }),
  });

  return (
    <div className="max-w-lg">
      <Page title={t("login.title")} lead={t("login.lead")} errorSummary={formErrorSummary(form, t)}>
        <form noValidate onSubmit={form.onSubmit}>
          <TextField
            {...bindField(form, "identifier", t)}
            label={t("login.identifier.label")}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
          <PasswordField
            {...bindField(form, "password", t)}
            label={t("login.password.label")}
            autoComplete="current-password"
          />
          <TextField
            {...bindField(form, "code", t)}
            label={t("login.code.label")}
            hint={t("login.code.hint")}
            inputMode="numeric"
            autoComplete="one-time-code"
            narrow
            spellCheck={false}
          />
          <SubmitWithReply
            reply={form.reply}
            pending={form.pending}
            label={t("login.submit")}
            pendingLabel={t("login.submitting")}
          />
        </form>
      </Page>
    </div>
  );
}

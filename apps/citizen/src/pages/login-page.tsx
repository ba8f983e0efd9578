import {
  Button,
  bindField,
  formErrorSummary,
  LoginReplyNotice,
  PasswordField,
  TextField,
  useLoginForm,
} from "@ansinh/ui";
import { Link, useNavigate } from "@tanstack/react-router";
import { asMe } from "../account/session";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { loginFields, normaliseIdentifier, validateLogin } from "../login/validate-login";
import { paths } from "../paths";

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const form = useLoginForm({
    url: "/api/auth/login",
    fields: loginFields,
    validate: validateLogin,
    credentials: (values) => ({
      identifier: normaliseIdentifier(values.identifier),
      password: values.password,
    }),
    // A temporary password (sent by SMS on approval) is replaced before anything else.
    onSignedIn: (body) =>
      navigate({ to: asMe(body)?.mustChangePassword ? paths.changePassword : paths.personal }),
  });

  return (
    <Page title={t("login.title")} errorSummary={formErrorSummary(form, t)}>
      <form noValidate onSubmit={form.onSubmit}>
        <TextField
          {...bindField(form, "identifier", t)}
          label={t("login.identifier.label")}
          hint={t("login.identifier.hint")}
          inputMode="numeric"
          autoComplete="username"
          spellCheck={false}
        />
        <PasswordField
          {...bindField(form, "password", t)}
          label={t("login.password.label")}
          autoComplete="current-password"
        />
        <LoginReplyNotice reply={form.reply} />
        <Button type="submit" className="w-full">
          {form.pending ? t("login.submitting") : t("login.submit")}
        </Button>
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

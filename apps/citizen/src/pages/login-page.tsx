import {
  Button,
  ErrorSummary,
  LoginReplyNotice,
  PasswordField,
  postLogin,
  TextField,
  useCheckedForm,
  useLocale,
} from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { loginFields, normaliseIdentifier, validateLogin } from "../login/validate-login";
import { paths } from "../paths";

export function LoginPage() {
  const t = useT();
  const { locale } = useLocale();
  const form = useCheckedForm({
    fields: loginFields,
    validate: validateLogin,
    send: (values) =>
      postLogin(
        "/api/auth/login",
        { identifier: normaliseIdentifier(values.identifier), password: values.password },
        locale,
      ),
  });
  const error = (field: (typeof loginFields)[number]) => {
    const key = form.errors[field];
    return key ? t(key) : undefined;
  };

  return (
    <Page
      title={t("login.title")}
      errorSummary={
        form.fieldErrors.length > 0 && (
          <ErrorSummary
            key={form.failedAttempts}
            errors={form.fieldErrors.map(({ field, key }) => ({ fieldId: field, message: t(key) }))}
          />
        )
      }
    >
      <form noValidate onSubmit={form.onSubmit}>
        <TextField
          id="identifier"
          name="identifier"
          label={t("login.identifier.label")}
          hint={t("login.identifier.hint")}
          error={error("identifier")}
          inputMode="numeric"
          autoComplete="username"
          spellCheck={false}
          value={form.values.identifier}
          onValueChange={(value) => form.setValue("identifier", value)}
        />
        <PasswordField
          id="password"
          name="password"
          label={t("login.password.label")}
          error={error("password")}
          autoComplete="current-password"
          value={form.values.password}
          onValueChange={(value) => form.setValue("password", value)}
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

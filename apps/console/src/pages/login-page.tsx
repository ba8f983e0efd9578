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
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { normaliseCode, staffLoginFields, validateStaffLogin } from "../login/validate-staff-login";

export function LoginPage() {
  const t = useT();
  const { locale } = useLocale();
  const form = useCheckedForm({
    fields: staffLoginFields,
    validate: validateStaffLogin,
    send: (values) =>
      postLogin(
        "/api/staff/login",
        { identifier: values.identifier.trim(), password: values.password, code: normaliseCode(values.code) },
        locale,
      ),
  });
  const error = (field: (typeof staffLoginFields)[number]) => {
    const key = form.errors[field];
    return key ? t(key) : undefined;
  };

  return (
    <div className="max-w-lg">
      <Page
        title={t("login.title")}
        lead={t("login.lead")}
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
            error={error("identifier")}
            autoComplete="username"
            autoCapitalize="none"
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
          <TextField
            id="code"
            name="code"
            label={t("login.code.label")}
            hint={t("login.code.hint")}
            error={error("code")}
            inputMode="numeric"
            autoComplete="one-time-code"
            narrow
            spellCheck={false}
            value={form.values.code}
            onValueChange={(value) => form.setValue("code", value)}
          />
          <LoginReplyNotice reply={form.reply} />
          <Button type="submit">{form.pending ? t("login.submitting") : t("login.submit")}</Button>
        </form>
      </Page>
    </div>
  );
}

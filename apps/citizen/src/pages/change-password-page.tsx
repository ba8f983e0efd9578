import {
  bindField,
  formErrorSummary,
  type LoginReplyNotice,
  PasswordField,
  SubmitWithReply,
  useLocale,
  useLoginForm,
} from "@ansinh/ui";
import { useNavigate } from "@tanstack/react-router";
import { type ComponentProps, useEffect } from "react";
import { NewPasswordFields } from "../account/new-password-fields";
import { PasswordRules } from "../account/password-rules";
import { useSession } from "../account/session";
import {
  type ChangePasswordField,
  changePasswordFields,
  validateChangePassword,
} from "../account/validate-change-password";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { paths } from "../paths";

type Reply = ComponentProps<typeof LoginReplyNotice>["reply"];
type ServerText = { vi: string; en: string };

// The API names the invalid part of the request ("body.newPassword"); this page shows it by that field.
const serverFields: Record<string, ChangePasswordField> = {
  "body.currentPassword": "currentPassword",
  "body.newPassword": "newPassword",
};

/** The server's per-field problems of a refused change, each kept beside the field it is about. */
function serverProblems(reply: Reply): Partial<Record<ChangePasswordField, ServerText[]>> {
  if (reply?.kind !== "answer" || reply.ok) return {};
  const body = reply.body;
  const errors: unknown = typeof body === "object" && body !== null ? Reflect.get(body, "errors") : null;
  if (!Array.isArray(errors)) return {};
  const found: Partial<Record<ChangePasswordField, ServerText[]>> = {};
  for (const error of errors as unknown[]) {
    if (typeof error !== "object" || error === null) continue;
    const field = serverFields[String(Reflect.get(error, "field"))];
    const vi: unknown = Reflect.get(error, "vi");
    const en: unknown = Reflect.get(error, "en");
    if (!field || typeof vi !== "string" || typeof en !== "string") continue;
    found[field] = [...(found[field] ?? []), { vi, en }];
  }
  return found;
}

/**
 * Replaces a temporary password (sent by SMS when an account is approved) before anything else.
 * The browser checks what it can (filled in, 8 characters, typed twice the same); the server says
 * whether the password is too common or holds the BHXH number, and its words appear at the field.
 */
export function ChangePasswordPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [session] = useSession();

  // Nobody to change a password for: sign in first.
  useEffect(() => {
    if (session.kind === "signedOut") void navigate({ to: paths.login, replace: true });
  }, [session, navigate]);

  const form = useLoginForm({
    url: "/api/auth/password",
    fields: changePasswordFields,
    validate: validateChangePassword,
    credentials: (values) => ({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSignedIn: () => navigate({ to: paths.personal }),
  });

  const problems = serverProblems(form.reply);
  const placedAtFields = Object.keys(problems).length > 0;
  // The notice keeps the server's overall message; the per-field problems are shown at their fields.
  const notice: Reply =
    placedAtFields && form.reply?.kind === "answer" ? { ...form.reply, problems: [] } : form.reply;
  const fieldProps = (field: ChangePasswordField) => {
    const bound = bindField(form, field, t);
    const server = problems[field]?.map((text) => text[locale]).join(". ");
    return { ...bound, error: bound.error ?? server };
  };

  return (
    <Page
      title={t("changePassword.title")}
      lead={t("changePassword.lead")}
      errorSummary={formErrorSummary(form, t)}
    >
      <PasswordRules />
      <form noValidate onSubmit={form.onSubmit}>
        {/* Lets password managers file the new password under the right account. */}
        {session.kind === "signedIn" && (
          <input
            type="hidden"
            name="username"
            autoComplete="username"
            value={session.me.bhxhNumber}
            readOnly
          />
        )}
        <PasswordField
          {...fieldProps("currentPassword")}
          label={t("changePassword.current.label")}
          hint={t("changePassword.current.hint")}
          autoComplete="current-password"
        />
        <NewPasswordFields
          newPassword={fieldProps("newPassword")}
          repeatPassword={fieldProps("repeatPassword")}
        />
        <SubmitWithReply
          reply={notice}
          pending={form.pending}
          label={t("changePassword.submit")}
          pendingLabel={t("changePassword.submitting")}
          className="w-full"
        />
      </form>
    </Page>
  );
}

import { staffRoles } from "@ansinh/domain";
import {
  bindField,
  ErrorSummary,
  formErrorSummary,
  SubmitWithReply,
  TextField,
  useCheckedForm,
  useLocale,
} from "@ansinh/ui";
import { useNavigate } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useT } from "../i18n/messages";
import { paths } from "../paths";
import { ChoiceField } from "./choice-field";
import {
  type CreatedStaffAccount,
  type CreateStaffReply,
  type NewStaffField,
  newStaffFields,
  type Office,
  postStaffAccount,
} from "./staff-api";

type FormReply = Extract<CreateStaffReply, { kind: "unavailable" | "answer" }>;
type RequiredKey = `staff.${NewStaffField}.required`;

/** The browser checks only that every field has an answer; the server checks the rest, field by field. */
function validate(values: Record<NewStaffField, string>) {
  const errors: Partial<Record<NewStaffField, RequiredKey>> = {};
  for (const field of newStaffFields)
    if (values[field].trim() === "") errors[field] = `staff.${field}.required`;
  return errors;
}

/**
 * The form of a new staff account: checked in the browser, then by the server, whose words come back
 * next to each field and in the summary. `onCreated` receives the account with its one-time secrets.
 */
export function useCreateStaffForm(onCreated: (account: CreatedStaffAccount) => void) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const form = useCheckedForm<NewStaffField, RequiredKey, FormReply>({
    fields: newStaffFields,
    validate,
    send: async (values) => {
      const reply = await postStaffAccount(values, locale);
      if (reply.kind === "signed-out") {
        await navigate({ to: paths.login, replace: true });
        return null;
      }
      if (reply.kind === "created") {
        for (const field of newStaffFields) form.setValue(field, "");
        onCreated(reply.account);
        return null;
      }
      return reply;
    },
  });

  // The server's problem with a field, in the language being read ("body.username" → username).
  const serverErrors = (form.reply?.kind === "answer" ? form.reply.fields : []).flatMap((problem) => {
    const field = newStaffFields.find((name) => problem.field === `body.${name}`);
    const text = typeof problem.text === "string" ? problem.text : problem.text[locale];
    return field ? [{ fieldId: field, message: text }] : [];
  });
  const errorOf = (field: NewStaffField): string | undefined => {
    const key = form.errors[field];
    return key ? t(key) : serverErrors.find((error) => error.fieldId === field)?.message;
  };
  const serverMessage = form.reply?.kind === "answer" ? form.reply.message : null;
  const errorSummary: ReactNode =
    form.fieldErrors.length > 0
      ? formErrorSummary(form, t)
      : serverErrors.length > 0 && (
          <ErrorSummary
            key={form.failedAttempts}
            detail={
              serverMessage && (typeof serverMessage === "string" ? serverMessage : serverMessage[locale])
            }
            errors={serverErrors.filter(
              (error, index) => serverErrors.findIndex((other) => other.fieldId === error.fieldId) === index,
            )}
          />
        );
  return { form, errorOf, errorSummary, hasFieldProblems: serverErrors.length > 0 };
}

type StaffForm = ReturnType<typeof useCreateStaffForm>;

export function CreateStaffForm({ state, offices }: { state: StaffForm; offices: Office[] }) {
  const t = useT();
  const { form, errorOf } = state;
  const text = (field: "username" | "fullName" | "email") => ({
    ...bindField(form, field, t),
    error: errorOf(field),
  });
  return (
    <section aria-labelledby="create-staff-title" className="mb-10 max-w-2xl rounded-md bg-white p-6">
      <h2 id="create-staff-title" className="text-2xl font-bold">
        {t("staff.create.title")}
      </h2>
      <p className="mt-2 mb-6 text-lg text-muted">{t("staff.create.lead")}</p>
      <form noValidate onSubmit={form.onSubmit}>
        <TextField
          {...text("username")}
          label={t("staff.username.label")}
          hint={t("staff.username.hint")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <TextField {...text("fullName")} label={t("staff.fullName.label")} autoComplete="off" lang="vi" />
        <TextField
          {...text("email")}
          label={t("staff.email.label")}
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
        <ChoiceField
          id="role"
          legend={t("staff.role.label")}
          options={staffRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          value={form.values.role}
          onValueChange={(value) => form.setValue("role", value)}
          error={errorOf("role")}
          errorPrefix={t("staff.errorPrefix")}
        />
        <ChoiceField
          id="officeCode"
          legend={t("staff.officeCode.label")}
          options={offices.map((office) => ({
            value: office.code,
            label: `${office.name} (${office.code})`,
            lang: "vi",
          }))}
          value={form.values.officeCode}
          onValueChange={(value) => form.setValue("officeCode", value)}
          error={errorOf("officeCode")}
          errorPrefix={t("staff.errorPrefix")}
        />
        <SubmitWithReply
          // Problems with the fields are in the summary and beside them; the notice says the rest.
          reply={state.hasFieldProblems ? null : form.reply}
          pending={form.pending}
          label={t("staff.submit")}
          pendingLabel={t("staff.submitting")}
        />
      </form>
    </section>
  );
}

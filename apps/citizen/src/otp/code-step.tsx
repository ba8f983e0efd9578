import { Button, type CheckedForm, SubmitWithReply, useLocale } from "@ansinh/ui";
import type { ReactNode } from "react";
import { apiFormSummary, noticeReply } from "../account/api-form-summary";
import { type ApiReply, postJson } from "../account/api-reply";
import { bindApiField } from "../account/bind-api-field";
import { type MessageKey, useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { OtpCodeField } from "./otp-code-field";
import { ResendCode, type SentCode } from "./resend-code";

/** Where a flow that proves the phone stands: the ticket the code belongs to, the code last sent, the ways on. */
export interface CodeChallenge {
  ticket: string;
  sent: SentCode;
  onResent: (sent: SentCode) => void;
  onStartAgain: () => void;
}

interface CodeStepProps<Field extends string, ErrorKey extends MessageKey> extends CodeChallenge {
  /** Its "code" field is the code; `children` show the rest of its fields. */
  form: CheckedForm<Field | "code", ErrorKey, ApiReply>;
  /** The request's fields whose problems are shown at the form's own fields, e.g. {"body.code": "code"}. */
  apiFields: Readonly<Record<string, Field | "code">>;
  title: string;
  /** Says "{phone}" and "{minutes}": where the code went and how long it holds. */
  lead: string;
  submitLabel: string;
  submittingLabel: string;
  startAgainLabel: string;
  /** Set where the step also takes a new password: lets password managers file it under this account. */
  username?: string;
  children?: ReactNode;
}

/**
 * The step that asks for the code sent by SMS to the account's phone, with a way to have a new one sent
 * and a way back to the start (e.g. when the phone is not at hand).
 */
export function CodeStep<Field extends string, ErrorKey extends MessageKey>({
  form,
  apiFields,
  ticket,
  sent,
  onResent,
  onStartAgain,
  title,
  lead,
  submitLabel,
  submittingLabel,
  startAgainLabel,
  username,
  children,
}: CodeStepProps<Field, ErrorKey>) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Page
      title={title}
      lead={lead
        .replace("{phone}", sent.phoneMasked)
        .replace("{minutes}", String(Math.ceil(sent.expiresInSeconds / 60)))}
      errorSummary={apiFormSummary(form, t, apiFields, locale)}
    >
      <form noValidate onSubmit={form.onSubmit}>
        {username !== undefined && (
          <input type="hidden" name="username" autoComplete="username" value={username} readOnly />
        )}
        <OtpCodeField
          {...bindApiField(form, "code", t, locale)}
          phoneMasked={sent.phoneMasked}
          attempt={sent.attempt}
        />
        {children}
        <SubmitWithReply
          reply={noticeReply(form.reply, apiFields)}
          pending={form.pending}
          label={submitLabel}
          pendingLabel={submittingLabel}
          className="w-full"
        />
      </form>
      <ResendCode
        sent={sent}
        resend={() => postJson("/api/auth/otp", { ticket }, locale)}
        onResent={onResent}
      />
      <Button variant="secondary" className="mt-4 w-full" onClick={onStartAgain}>
        {startAgainLabel}
      </Button>
    </Page>
  );
}

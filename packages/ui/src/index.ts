export { AppProviders } from "./app-providers";
export { Button, buttonClassName } from "./button";
export { CheckboxField } from "./checkbox-field";
export { clockOfWorkingDaysLeft, type DeadlineClock, deadlineClock } from "./deadline-clock";
export { ErrorSummary } from "./error-summary";
export { bindField } from "./form/bind-field";
export { formErrorSummary } from "./form/form-error-summary";
export { LoginReplyNotice } from "./form/login-reply-notice";
export {
  type FieldProblem,
  getJson,
  readFieldProblems,
  readServerMessage,
  type SentJson,
  sendJson,
} from "./form/send-json";
export { asServerText, type ServerText } from "./form/server-text";
export { SubmitWithReply } from "./form/submit-with-reply";
export { type CheckedForm, type CheckedFormOptions, useCheckedForm } from "./form/use-checked-form";
export { useLoginForm } from "./form/use-login-form";
export { type ChatMessage, readChatMessage, threadMessages } from "./help/chat-message";
export { ChatComposer, ChatThread, type ChatThreadMessage } from "./help/chat-thread";
export { LiveUpdatesNotice } from "./help/live-updates-notice";
export { type OutgoingMessage, outgoingMessage } from "./help/message-key";
export { useEventStream } from "./help/use-event-stream";
export { createI18n } from "./i18n/create-i18n";
export { fillText } from "./i18n/fill-text";
export type { Locale } from "./i18n/locale";
export { useLocale } from "./i18n/locale-context";
export { LanguageSwitch } from "./language-switch";
export { PasswordField } from "./password-field";
export { PhotoField } from "./photo-field";
export { type PhotoProblem, preparePhoto } from "./prepare-photo";
export { RadioField, type RadioOption } from "./radio-field";
export { rootElement } from "./root-element";
export { SelectField } from "./select-field";
export { StatusTag, type StatusTone } from "./status-tag";
export { TextAreaField } from "./text-area-field";
export { TextField } from "./text-field";
export { type PageProps, TitledPage } from "./titled-page";
export { useFocusHeading } from "./use-focus-heading";
export { useSendOnce } from "./use-send-once";

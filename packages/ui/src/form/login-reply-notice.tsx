import type { Locale } from "../i18n/locale";
import { useLocale } from "../i18n/locale-context";
import { useUiT } from "../i18n/ui-messages";
import { type LoginReply, textIn } from "./post-login";

const toneClasses = {
  neutral: "border-brand",
  error: "border-error",
  success: "border-success",
} as const;

interface Notice {
  tone: keyof typeof toneClasses;
  message: string | null;
  problems: string[];
}

/**
 * Always rendered (empty until there is a reply) because a live region must already be in the page
 * for screen readers to announce what appears in it. The server's words are shown in the language
 * being read, and follow a switch of language without sending the form again.
 */
export function LoginReplyNotice({ reply }: { reply: LoginReply | null }) {
  const t = useUiT();
  const { locale } = useLocale();
  const notice: Notice | null =
    reply?.kind === "unavailable"
      ? { tone: "neutral", message: t("login.unavailable"), problems: [] }
      : reply && describe(reply, locale);

  return (
    <div role="status">
      {notice && (
        <div className={`mb-6 border-l-4 bg-white p-4 text-lg ${toneClasses[notice.tone]}`}>
          {notice.message !== null && <p>{notice.message}</p>}
          {notice.problems.length > 0 && (
            <ul className={`list-disc space-y-1 pl-6 ${notice.message !== null ? "mt-2" : ""}`}>
              {notice.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function describe(reply: Extract<LoginReply, { kind: "answer" }>, locale: Locale): Notice | null {
  // A success without words needs no notice: the page moves on.
  if (reply.ok && reply.message === null) return null;
  return {
    tone: reply.ok ? "success" : "error",
    message: reply.message === null ? null : textIn(reply.message, locale),
    problems: [...new Set(reply.problems.map((problem) => textIn(problem, locale)))],
  };
}

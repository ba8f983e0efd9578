import { useUiT } from "../i18n/ui-messages";
import type { LoginReply } from "./post-login";

const toneClasses = {
  neutral: "border-brand",
  error: "border-error",
  success: "border-success",
} as const;

/**
 * Always rendered (empty until there is a reply) because a live region must already be in the page
 * for screen readers to announce what appears in it.
 */
export function LoginReplyNotice({ reply }: { reply: LoginReply | null }) {
  const t = useUiT();
  const tone = !reply || reply.kind === "unavailable" ? "neutral" : reply.ok ? "success" : "error";

  return (
    <div role="status">
      {reply && (
        <p className={`mb-6 border-l-4 bg-white p-4 text-lg ${toneClasses[tone]}`}>
          {reply.kind === "unavailable" ? t("login.unavailable") : reply.message}
        </p>
      )}
    </div>
  );
}

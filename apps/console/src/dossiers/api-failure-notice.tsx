import { useLocale } from "@ansinh/ui";
import { useT } from "../i18n/messages";
import type { ApiFailure } from "./dossier-api";
import { textIn } from "./server-text";

/** The server's own words for a refusal, in the language being read; ours when it gave none. */
export function ApiFailureNotice({ failure, lead }: { failure: ApiFailure; lead?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const message =
    failure.kind === "unreachable"
      ? t("error.unreachable")
      : "message" in failure && failure.message
        ? textIn(failure.message, locale)
        : t("error.unexpected");
  const problems =
    failure.kind === "problem" ? failure.problems.map((problem) => textIn(problem, locale)) : [];
  return (
    <div className="mb-6 border-l-4 border-error bg-white p-4 text-lg">
      {lead && <p className="font-bold">{lead}</p>}
      <p>{message}</p>
      {problems.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {[...new Set(problems)].map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

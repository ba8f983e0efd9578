import type { ServiceField } from "@ansinh/domain";
import { useLocale } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { answerText } from "./answers";
import { facilityName } from "./facility-names";
import { fill, useServicesT } from "./i18n/messages";
import type { Answers } from "./services-api";

/**
 * The answers to a service's questions as a GOV.UK summary list: the question, the answer and, on the
 * check page, "Thay đổi" (naming the question for screen readers) back to the form at that question.
 */
export function AnswerRows({
  fields,
  answers,
  change,
}: {
  /** The questions asked, in form order. */
  fields: readonly ServiceField[];
  answers: Answers;
  change?: { to: string; params: Record<string, string>; search: Record<string, string> };
}) {
  const t = useServicesT();
  const { locale } = useLocale();
  const words = { months: (n: number) => fill(t("field.months"), { n }), yes: t("check.yes") };
  return (
    <dl className="mt-2 mb-8 border-t border-line/40">
      {fields.map((field) => {
        const answer = answers[field.name];
        const label = field.label[locale];
        return (
          <div
            key={field.name}
            className="flex flex-wrap items-start justify-between gap-x-4 border-b border-line/40 py-3"
          >
            <dt className="w-full font-bold">{label}</dt>
            <dd className="min-w-0 flex-1 text-lg break-words whitespace-pre-line">
              {answer === undefined || answer === "" ? (
                <span className="text-muted">{t("check.none")}</span>
              ) : (
                <AnswerValue
                  text={answerText(field, answer, locale, words)}
                  facility={field.kind === "facility"}
                />
              )}
            </dd>
            {change && (
              <dd>
                <Link
                  to={change.to}
                  params={change.params}
                  search={change.search}
                  hash={field.name}
                  className="inline-flex min-h-touch min-w-touch items-center text-lg"
                >
                  {t("check.change")}
                  <span className="sr-only"> {label}</span>
                </Link>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

/** An answer; a facility's code with the facility's name when this tab has looked it up. */
function AnswerValue({ text, facility }: { text: string; facility: boolean }) {
  const t = useServicesT();
  const name = facility ? facilityName(text) : undefined;
  return name ? (
    <>
      <span lang="vi">{name}</span>{" "}
      <span className="text-muted">({fill(t("facility.code"), { code: text })})</span>
    </>
  ) : (
    text
  );
}

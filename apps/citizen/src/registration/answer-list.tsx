import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useRegistrationT } from "./i18n/messages";
import type { Office } from "./offices";

/** Where answers are changed, and what to do as the "Thay đổi" link is followed. */
interface AnswerChange {
  step: string;
  /** The journey's store notes it, so that the step's "Tiếp tục" leads back to the check page. */
  onFollow: () => void;
}

interface AnswerListProps {
  heading: string;
  /** The questions as asked on their step, each with its answer; each label once (it keys the row). */
  answers: ReadonlyArray<{ label: string; answer: ReactNode }>;
  /** None for answers that cannot be changed in the journey, such as the signed-in parent. */
  change?: AnswerChange;
}

/**
 * A headed GOV.UK summary list on the check page of the self-registration and the child-account
 * journeys: the question, the answer, and "Thay đổi" naming the question for screen readers.
 */
export function AnswerList({ heading, answers, change }: AnswerListProps) {
  const t = useRegistrationT();
  return (
    <>
      <h2 className="text-xl font-bold">{heading}</h2>
      <dl className="mt-2 mb-8 border-t border-line/40">
        {answers.map(({ label, answer }) => (
          <div
            key={label}
            className="flex flex-wrap items-start justify-between gap-x-4 border-b border-line/40 py-3"
          >
            <dt className="w-full font-bold">{label}</dt>
            <dd className="min-w-0 flex-1 text-lg break-words">{answer}</dd>
            {change && (
              <dd>
                <Link
                  to={change.step}
                  onClick={change.onFollow}
                  className="inline-flex min-h-touch min-w-touch items-center text-lg"
                >
                  {t("check.change")}
                  <span className="sr-only"> {label}</span>
                </Link>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * The photos on the check page, as taken and side by side, in the proportions of what was photographed
 * (an ID card lies wide, a portrait or a birth certificate stands tall), so that a cut-off or blurred
 * one shows.
 */
export function PhotoAnswers({
  heading,
  label,
  photos,
  shape,
  change,
}: {
  heading: string;
  label: string;
  photos: ReadonlyArray<{ url: string | undefined; alt: string }>;
  shape: "card" | "upright";
  change: AnswerChange;
}) {
  const answer = (
    <span className="mt-1 grid grid-cols-2 gap-3">
      {photos.map(({ url, alt }) => (
        <img
          key={alt}
          src={url}
          alt={alt}
          className={`${shape === "card" ? "aspect-[3/2]" : "aspect-[3/4]"} w-full rounded-md border-2 border-line bg-white object-contain`}
        />
      ))}
    </span>
  );
  return <AnswerList heading={heading} change={change} answers={[{ label, answer }]} />;
}

/**
 * "Nơi tiếp nhận" on the check page: the chosen office with its address, or only its code while the
 * office list has not loaded.
 */
export function OfficeAnswer({
  office,
  officeCode,
  change,
}: {
  office: Office | undefined;
  officeCode: string;
  change: AnswerChange;
}) {
  const t = useRegistrationT();
  return (
    <AnswerList
      heading={t("check.officeHeading")}
      change={change}
      answers={[
        {
          label: t("check.field.office"),
          answer: (
            <>
              <span className="block">{office?.name ?? officeCode}</span>
              {office?.address && <span className="block text-muted">{office.address}</span>}
            </>
          ),
        },
      ]}
    />
  );
}

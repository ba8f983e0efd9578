import { formatVietnamTime } from "@ansinh/domain";
import { Button, buttonClassName } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { PageBelow } from "../layout/page";
import { paths } from "../paths";
import { fill, useRecordsT } from "./i18n/messages";
import type { RecordState } from "./use-record";

interface RecordFrameProps<T extends { asOf: string }> {
  title: string;
  lead?: string;
  /** Where the back link at the top leads, and its words: the personal tab unless said. */
  back?: { to: string; label: string };
  record: { state: RecordState<T>; pending: boolean; reload: () => void };
  /** Shown under the explanation when there is nothing to show, e.g. the filters that led there. */
  controls?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * A records page: the back link, the heading, then the data with when it was read ("Cập nhật lúc"),
 * or why there is none. A copy kept on the phone comes with a banner that says it is one.
 */
export function RecordFrame<T extends { asOf: string }>({
  title,
  lead,
  back,
  record,
  controls,
  children,
}: RecordFrameProps<T>) {
  const t = useRecordsT();
  const { state, pending, reload } = record;
  return (
    <PageBelow title={title} lead={lead} back={back ?? { to: paths.personal, label: t("records.back") }}>
      {state.kind === "loading" && (
        <p role="status" className="text-lg">
          {t("records.loading")}
        </p>
      )}
      {state.kind === "signedOut" && (
        <section className="rounded-md bg-white p-4">
          <p className="text-lg">{t("records.signedOut")}</p>
          <Link to={paths.login} className={`${buttonClassName()} mt-4 w-full`}>
            {t("records.signIn")}
          </Link>
        </section>
      )}
      {state.kind === "refused" && <p className="rounded-md bg-white p-4 text-lg">{t("records.refused")}</p>}
      {state.kind === "unavailable" && (
        <div role="alert" className="rounded-md border-l-4 border-error bg-white p-4">
          <p className="text-lg">
            {state.unreachable ? t("records.unreachableNothingKept") : t("records.unavailable")}
          </p>
          <Button variant="secondary" className="mt-4" onClick={reload} disabled={pending}>
            {t("records.retry")}
          </Button>
        </div>
      )}
      {state.kind === "unavailable" && controls}
      {state.kind === "ready" && (
        <>
          {state.kept ? (
            <div
              role="status"
              data-testid="kept-banner"
              className="mb-4 rounded-md border-l-4 border-brand bg-white p-4"
            >
              <p className="text-lg font-bold">{t("records.kept.title")}</p>
              <p className="mt-1 text-lg">
                {fill(t("records.kept.text"), { time: formatVietnamTime(state.data.asOf) })}
              </p>
              <Button variant="secondary" className="mt-3" onClick={reload} disabled={pending}>
                {pending ? t("records.retrying") : t("records.retry")}
              </Button>
            </div>
          ) : (
            <p className="mb-4 text-muted" data-testid="updated-at">
              {fill(t("records.updatedAt"), { time: formatVietnamTime(state.data.asOf) })}
            </p>
          )}
          <div aria-busy={pending}>{children(state.data)}</div>
        </>
      )}
    </PageBelow>
  );
}

/**
 * A GOV.UK summary list: label above, value below, one row each — or two to a row (`pairs`) for short
 * figures such as amounts, so that a year's totals fit on a phone's screen.
 */
export function SummaryList({
  rows,
  pairs = false,
  className = "",
}: {
  rows: ReadonlyArray<{ label: string; value: ReactNode } | null | false>;
  pairs?: boolean;
  className?: string;
}) {
  return (
    <dl className={`border-t border-line/40 ${pairs ? "grid grid-cols-2 gap-x-4" : ""} ${className}`}>
      {rows.map(
        (row) =>
          row && (
            <div key={row.label} className="border-b border-line/40 py-2">
              <dt className="font-bold">{row.label}</dt>
              <dd className="text-lg break-words">{row.value}</dd>
            </div>
          ),
      )}
    </dl>
  );
}

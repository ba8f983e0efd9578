import { formatMonth, formatVnd } from "@ansinh/domain";
import { Button, useLocale } from "@ansinh/ui";
import { type FormEvent, useState } from "react";
import { formatRate } from "./format";
import { fill, type RecordsMessageKey, useRecordsT } from "./i18n/messages";
import { RecordFrame, SummaryList } from "./record-frame";
import {
  type History,
  type HistoryFilters,
  historyPath,
  type Period,
  readHistory,
  type Scheme,
  type SchemeKey,
  schemeKeys,
  type Unpaid,
} from "./records-api";
import { type Spell, spellsOf } from "./spells";
import { useRecord } from "./use-record";

const noFilters: HistoryFilters = { scheme: "", fromYear: "", toYear: "" };

const schemeLabelKeys: Record<SchemeKey, RecordsMessageKey> = {
  bhxh_compulsory: "history.scheme.bhxh_compulsory",
  bhxh_voluntary: "history.scheme.bhxh_voluntary",
  unemployment: "history.scheme.unemployment",
  occupational_accident: "history.scheme.occupational_accident",
  health_insurance: "history.scheme.health_insurance",
};

/** "Quá trình tham gia": per scheme, the totals, the unpaid months, and the periods by employer. */
export function HistoryPage() {
  const t = useRecordsT();
  const [filters, setFilters] = useState<HistoryFilters>(noFilters);
  const [draft, setDraft] = useState<HistoryFilters>(noFilters);
  const record = useRecord(historyPath(filters), readHistory);
  // Also offered when a filtered history cannot be shown (offline, never kept), to go back to all.
  const form = <FilterForm applied={filters} onApply={setFilters} draft={draft} setDraft={setDraft} />;
  return (
    <RecordFrame title={t("history.title")} lead={t("history.lead")} record={record} controls={form}>
      {(history) => (
        <>
          <ClosedThrough history={history} />
          {form}
          {history.schemes.length === 0 ? (
            <p className="mt-6 rounded-md bg-white p-4 text-lg">{t("history.none")}</p>
          ) : (
            history.schemes.map((scheme) => <SchemeSection key={scheme.scheme} scheme={scheme} />)
          )}
        </>
      )}
    </RecordFrame>
  );
}

function ClosedThrough({ history }: { history: History }) {
  const t = useRecordsT();
  return (
    <div className="rounded-md bg-white p-4 text-lg">
      <p data-testid="closed-through">
        {history.closedThrough
          ? fill(t("history.closedThrough"), { month: formatMonth(history.closedThrough) })
          : t("history.notClosed")}
      </p>
      {/* A signed PDF of the whole history, with a QR anyone can check at /xac-minh. */}
      <a
        className="mt-2 flex min-h-touch items-center text-lg font-bold underline"
        href="/api/me/statement.pdf"
        download
      >
        {t("history.statementPdf")}
      </a>
    </div>
  );
}

/** The years from this one back to 1995 (the first social insurance law came into force). */
function yearChoices(): number[] {
  const years: number[] = [];
  for (let year = new Date().getFullYear(); year >= 1995; year--) years.push(year);
  return years;
}

function FilterForm({
  applied,
  onApply,
  draft,
  setDraft,
}: {
  applied: HistoryFilters;
  onApply: (filters: HistoryFilters) => void;
  draft: HistoryFilters;
  setDraft: (filters: HistoryFilters) => void;
}) {
  const t = useRecordsT();
  const [error, setError] = useState(false);
  const years = yearChoices();

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    const wrongWay =
      draft.fromYear !== "" && draft.toYear !== "" && Number(draft.fromYear) > Number(draft.toYear);
    setError(wrongWay);
    if (!wrongWay) onApply(draft);
  }

  const select = "mt-2 min-h-touch w-full rounded-none border-2 border-ink bg-white px-2 text-lg";
  return (
    <form onSubmit={onSubmit} className="mt-6 rounded-md bg-white p-4" aria-labelledby="history-filter">
      <h2 id="history-filter" className="text-xl font-bold">
        {t("history.filter")}
      </h2>
      <label htmlFor="history-scheme" className="mt-3 block text-lg font-bold">
        {t("history.filter.scheme")}
      </label>
      <select
        id="history-scheme"
        className={select}
        value={draft.scheme}
        onChange={(event) => setDraft({ ...draft, scheme: event.target.value as HistoryFilters["scheme"] })}
      >
        <option value="">{t("history.filter.allSchemes")}</option>
        {schemeKeys.map((key) => (
          <option key={key} value={key}>
            {t(schemeLabelKeys[key])}
          </option>
        ))}
      </select>
      <div className={`mt-4 grid grid-cols-2 gap-3 ${error ? "border-l-4 border-error pl-3" : ""}`}>
        {error && (
          <p id="history-years-error" className="col-span-2 font-bold text-error">
            {t("history.filter.yearsWrongWay")}
          </p>
        )}
        {(["fromYear", "toYear"] as const).map((field) => (
          <div key={field}>
            <label htmlFor={`history-${field}`} className="block text-lg font-bold">
              {t(field === "fromYear" ? "history.filter.fromYear" : "history.filter.toYear")}
            </label>
            <select
              id={`history-${field}`}
              className={select}
              value={draft[field]}
              aria-invalid={error || undefined}
              aria-describedby={error ? "history-years-error" : undefined}
              onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
            >
              <option value="">{t("history.filter.anyYear")}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <Button type="submit">{t("history.filter.apply")}</Button>
        {(applied.scheme || applied.fromYear || applied.toYear) && (
          <Button
            variant="secondary"
            onClick={() => {
              setDraft(noFilters);
              setError(false);
              onApply(noFilters);
            }}
          >
            {t("history.filter.clear")}
          </Button>
        )}
      </div>
    </form>
  );
}

/** "3 năm 6 tháng", "7 tháng", "2 năm". */
function useDuration() {
  const t = useRecordsT();
  return ({ years, months }: { years: number; months: number }): string => {
    const parts: string[] = [];
    if (years > 0) parts.push(fill(t(years === 1 ? "duration.year" : "duration.years"), { n: years }));
    if (months > 0 || years === 0) {
      parts.push(fill(t(months === 1 ? "duration.month" : "duration.months"), { n: months }));
    }
    return parts.join(" ");
  };
}

function monthSpan(from: string, to: string | null, t: ReturnType<typeof useRecordsT>): string {
  return `${formatMonth(from)} – ${to ? formatMonth(to) : t("history.now")}`;
}

function SchemeSection({ scheme }: { scheme: Scheme }) {
  const t = useRecordsT();
  const { locale } = useLocale();
  const id = `scheme-${scheme.scheme}`;
  return (
    <section aria-labelledby={id} className="mt-6 rounded-md bg-white p-4" data-testid={id}>
      <h2 id={id} className="text-2xl font-bold">
        {scheme.name[locale]}
      </h2>
      {scheme.periods.length === 0 ? (
        <p className="mt-2 text-lg">{t("history.schemeNone")}</p>
      ) : (
        <SchemeDetails scheme={scheme} />
      )}
    </section>
  );
}

function SchemeDetails({ scheme }: { scheme: Scheme }) {
  const t = useRecordsT();
  const duration = useDuration();
  const spells = spellsOf(scheme.periods);
  return (
    <>
      <SummaryList
        className="mt-3"
        rows={[
          {
            label: t("history.duration"),
            value: `${duration(scheme.duration)} (${fill(t("duration.months"), { n: scheme.months })})`,
          },
          { label: t("history.employeeTotal"), value: formatVnd(scheme.employeeTotal) },
          { label: t("history.employerTotal"), value: formatVnd(scheme.employerTotal) },
        ]}
      />
      {scheme.unpaid.length > 0 && <UnpaidBox unpaid={scheme.unpaid} />}
      <h3 className="mt-5 text-xl font-bold">{t("history.periods")}</h3>
      <ol className="mt-2 space-y-3">
        {spells.map((spell, index) => (
          <SpellItem key={spell.key} spell={spell} open={index === 0} />
        ))}
      </ol>
    </>
  );
}

function UnpaidBox({ unpaid }: { unpaid: Unpaid[] }) {
  const t = useRecordsT();
  return (
    <div className="mt-4 border-l-8 border-error bg-surface p-3" data-testid="unpaid">
      <h3 className="text-xl font-bold text-error">{t("history.unpaid")}</h3>
      <p className="mt-1">{t("history.unpaid.text")}</p>
      <ul className="mt-2 space-y-3">
        {unpaid.map((item) => (
          <li key={`${item.employer?.taxCode ?? "-"}-${item.from}`} className="text-lg">
            <p className="font-bold">{item.employer?.name ?? t("history.noEmployer")}</p>
            {item.employer && (
              <p className="text-muted">
                {t("history.taxCode")}: {item.employer.taxCode}
              </p>
            )}
            <p>
              {fill(t("history.unpaid.months"), {
                from: formatMonth(item.from),
                to: formatMonth(item.to),
                n: item.months,
              })}
            </p>
            <p>
              {t("history.unpaid.amount")}: <strong>{formatVnd(item.amount)}</strong>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SpellItem({ spell, open }: { spell: Spell; open: boolean }) {
  const t = useRecordsT();
  return (
    <li className="border-2 border-line/40">
      <details open={open} className="group">
        <summary className="cursor-pointer list-none p-3 marker:hidden">
          <span className="flex items-start gap-2">
            <span
              aria-hidden="true"
              className="mt-0.5 inline-block transition-transform group-open:rotate-90"
            >
              ›
            </span>
            <span className="min-w-0 flex-1">
              <span className="block text-lg font-bold" data-testid="spell-employer">
                {spell.employer?.name ?? t("history.noEmployer")}
              </span>
              {spell.jobTitle && <span className="block">{spell.jobTitle}</span>}
              <span className="block text-muted">
                {monthSpan(spell.from, spell.to, t)} · {fill(t("duration.months"), { n: spell.months })}
              </span>
              {spell.unpaidMonths > 0 && (
                <span className="mt-1 block font-bold text-error">
                  {fill(t("history.spellUnpaid"), { n: spell.unpaidMonths })}
                </span>
              )}
            </span>
          </span>
        </summary>
        <div className="border-t border-line/40 px-2 py-3">
          {spell.employer && (
            <p className="text-muted">
              {t("history.taxCode")}: {spell.employer.taxCode}
            </p>
          )}
          {spell.closedThrough && (
            <p>{fill(t("history.spellClosed"), { month: formatMonth(spell.closedThrough) })}</p>
          )}
          <ol className="mt-2 space-y-4">
            {spell.periods.map((period) => (
              <PeriodItem key={period.from} period={period} />
            ))}
          </ol>
        </div>
      </details>
    </li>
  );
}

const statusKeys: Record<Period["status"], RecordsMessageKey> = {
  paid: "history.status.paid",
  unpaid: "history.status.unpaid",
  suspended: "history.status.suspended",
  reserved: "history.status.reserved",
};

function PeriodItem({ period }: { period: Period }) {
  const t = useRecordsT();
  const { locale } = useLocale();
  const unpaid = period.status === "unpaid";
  return (
    <li className={unpaid ? "border-l-4 border-error pl-2" : ""} data-testid="period">
      <p className="text-lg font-bold">
        {monthSpan(period.from, period.to, t)} · {fill(t("duration.months"), { n: period.months })}
      </p>
      <p className={unpaid ? "font-bold text-error" : "text-muted"}>{t(statusKeys[period.status])}</p>
      <p className="mt-1">
        {t("history.salaryBase")}: <strong>{formatVnd(period.salaryBase)}</strong>
      </p>
      <table className="mt-2 w-full border-collapse text-left text-base">
        <caption className="sr-only">
          {fill(t("history.periodTable"), { span: monthSpan(period.from, period.to, t) })}
        </caption>
        <thead>
          <tr className="border-b border-line/40">
            <td />
            <th scope="col" className="py-1 pr-2 text-right">
              {t("history.employee")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("history.employer")}
            </th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              [
                "history.rate",
                formatRate(period.employeeRate, locale),
                formatRate(period.employerRate, locale),
              ],
              ["history.monthly", formatVnd(period.employeeAmount), formatVnd(period.employerAmount)],
              ["history.periodTotal", formatVnd(period.employeeTotal), formatVnd(period.employerTotal)],
            ] as const
          ).map(([label, employee, employer]) => (
            <tr key={label} className="border-b border-line/40">
              <th scope="row" className="py-1 pr-2 font-normal">
                {t(label)}
              </th>
              <td className="py-1 pr-2 text-right whitespace-nowrap tabular-nums">{employee}</td>
              <td className="py-1 text-right whitespace-nowrap tabular-nums">{employer}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}

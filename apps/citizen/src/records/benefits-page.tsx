import { formatDate, formatVnd } from "@ansinh/domain";
import { useLocale } from "@ansinh/ui";
import { nameOrCode } from "./format";
import { fill, useRecordsT } from "./i18n/messages";
import { RecordFrame, SummaryList } from "./record-frame";
import { type Benefits, readBenefits, recordPaths } from "./records-api";
import { useRecord } from "./use-record";

/** "Thông tin hưởng": what the person has been paid, newest first, and the total. */
export function BenefitsPage() {
  const t = useRecordsT();
  const record = useRecord(recordPaths.benefits, readBenefits);
  return (
    <RecordFrame title={t("benefits.title")} lead={t("benefits.lead")} record={record}>
      {(benefits) => <BenefitList benefits={benefits} />}
    </RecordFrame>
  );
}

function BenefitList({ benefits }: { benefits: Benefits }) {
  const t = useRecordsT();
  const { locale } = useLocale();
  if (benefits.items.length === 0)
    return <p className="rounded-md bg-white p-4 text-lg">{t("benefits.none")}</p>;
  return (
    <>
      <p className="rounded-md bg-white p-4 text-lg" data-testid="benefits-total">
        {fill(t("benefits.total"), { n: benefits.items.length })}{" "}
        <strong className="text-2xl whitespace-nowrap">{formatVnd(benefits.total)}</strong>
      </p>
      <ol className="mt-6 space-y-4">
        {benefits.items.map((item) => (
          <li
            key={`${item.decisionNumber}-${item.periodFrom}`}
            className="rounded-md bg-white p-4"
            data-testid="benefit"
          >
            <h2 className="text-xl font-bold">{item.kindName[locale]}</h2>
            <p className="mt-1 text-2xl font-bold">{formatVnd(item.amount)}</p>
            <SummaryList
              className="mt-2"
              rows={[
                { label: t("benefits.decision"), value: item.decisionNumber },
                {
                  label: t("benefits.period"),
                  value: item.periodTo
                    ? `${formatDate(item.periodFrom)} – ${formatDate(item.periodTo)}`
                    : fill(t("benefits.periodOpen"), { from: formatDate(item.periodFrom) }),
                },
                { label: t("benefits.office"), value: nameOrCode(item.payingOffice) },
                { label: t("benefits.paidOn"), value: formatDate(item.paidOn) },
              ]}
            />
          </li>
        ))}
      </ol>
    </>
  );
}

import { formatVietnamTime } from "@ansinh/domain";
import { useLocale } from "@ansinh/ui";
import { type RecordsMessageKey, useRecordsT } from "./i18n/messages";
import { RecordFrame, SummaryList } from "./record-frame";
import { readAccessLog, recordPaths } from "./records-api";
import { useRecord } from "./use-record";

const roleKeys: Readonly<Record<string, RecordsMessageKey>> = {
  reviewer: "accessLog.role.reviewer",
  support: "accessLog.role.support",
  data_officer: "accessLog.role.data_officer",
  admin: "accessLog.role.admin",
};

/** "Ai đã xem dữ liệu của tôi": each time staff opened the person's records — where, what, why. */
export function AccessLogPage() {
  const t = useRecordsT();
  const { locale } = useLocale();
  const record = useRecord(recordPaths.accessLog, readAccessLog);
  return (
    <RecordFrame title={t("accessLog.title")} lead={t("accessLog.lead")} record={record}>
      {(log) =>
        log.items.length === 0 ? (
          <p className="rounded-md bg-white p-4 text-lg">{t("accessLog.none")}</p>
        ) : (
          <ol className="space-y-4">
            {log.items.map((item) => {
              const role = roleKeys[item.staffRole];
              return (
                <li
                  key={`${item.at}-${item.officeName}`}
                  className="rounded-md bg-white p-4"
                  data-testid="access"
                >
                  <h2 className="text-xl font-bold">
                    <time dateTime={item.at}>{formatVietnamTime(item.at)}</time>
                  </h2>
                  <SummaryList
                    className="mt-2"
                    rows={[
                      { label: t("accessLog.office"), value: item.officeName },
                      { label: t("accessLog.role"), value: role ? t(role) : item.staffRole },
                      { label: t("accessLog.what"), value: item.what[locale] },
                      { label: t("accessLog.why"), value: item.why },
                    ]}
                  />
                </li>
              );
            })}
          </ol>
        )
      }
    </RecordFrame>
  );
}

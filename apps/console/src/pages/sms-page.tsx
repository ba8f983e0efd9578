import { formatVietnamTime } from "@ansinh/domain";
import { Button, ErrorSummary, TextField } from "@ansinh/ui";
import { Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, type ReactNode, useState } from "react";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import { DataTable } from "../dossiers/data-table";
import type { ApiResult } from "../dossiers/dossier-api";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { paths, smsSearchKeys } from "../paths";
import type { SandboxSms, SmsDelivery, SmsLogPage } from "../sms/sms-api";

const PHONE_FIELD = "sms-phone";

/** "0966 555 777", "+84 966.555.777": the digits (and a leading +) the server's own parser reads. */
function compactPhone(typed: string): string | null {
  const compact = typed.replace(/[\s.\-()]/g, "");
  return /^\+?\d{9,13}$/.test(compact) ? compact : null;
}

/**
 * The SMS the platform has sent, newest first, for admins (the server refuses anyone else). In the
 * sandbox the texts themselves; with a real gateway only the delivery state of each message.
 */
export function SmsPage({
  phone,
  cursor,
  result,
}: {
  phone?: string;
  cursor?: string;
  result: ApiResult<SmsLogPage>;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(phone ?? "");
  const [error, setError] = useState<{ attempt: number } | null>(null);

  function filter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed.trim() === "") {
      setError(null);
      void navigate({ to: paths.sms, search: {} });
      return;
    }
    const compact = compactPhone(typed);
    if (!compact) {
      setError((previous) => ({ attempt: (previous?.attempt ?? 0) + 1 }));
      return;
    }
    setError(null);
    void navigate({ to: paths.sms, search: { [smsSearchKeys.phone]: compact } });
  }

  const errorMessage = error ? t("sms.filter.format") : undefined;
  return (
    <Page
      title={t("sms.title")}
      lead={t("sms.lead")}
      errorSummary={
        error && (
          <ErrorSummary
            key={error.attempt}
            errors={[{ fieldId: PHONE_FIELD, message: t("sms.filter.format") }]}
          />
        )
      }
    >
      {result.ok && (
        <p className="mb-6 max-w-3xl border-l-4 border-brand bg-white p-4 text-lg">
          {result.data.provider === "file" ? t("sms.sandbox") : t("sms.gateway")}
        </p>
      )}
      <search aria-label={t("sms.filter.title")}>
        <form noValidate onSubmit={filter} className="max-w-md">
          <TextField
            id={PHONE_FIELD}
            label={t("sms.filter.label")}
            hint={t("sms.filter.hint")}
            error={errorMessage}
            value={typed}
            onValueChange={setTyped}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            suffix={<Button type="submit">{t("sms.filter.submit")}</Button>}
          />
        </form>
      </search>
      {phone && (
        <p className="-mt-2 mb-6 text-lg">
          <Link to={paths.sms} search={{}} className="font-bold">
            {t("sms.filter.clear")}
          </Link>
        </p>
      )}
      {result.ok ? (
        <SmsTable page={result.data} phone={phone} cursor={cursor} />
      ) : (
        <ApiFailureNotice failure={result} lead={t("sms.failed")} />
      )}
    </Page>
  );
}

function SmsTable({ page, phone, cursor }: { page: SmsLogPage; phone?: string; cursor?: string }) {
  const t = useT();
  const caption = (
    <caption className="mb-2 text-left text-xl font-bold">
      {phone ? `${t("sms.captionTo")} ${phone}` : t("sms.caption")} ({page.items.length} {t("sms.count")})
    </caption>
  );
  const phoneSearch = phone ? { [smsSearchKeys.phone]: phone } : {};
  return (
    <>
      {page.items.length === 0 ? (
        <p className="text-lg">
          {page.nextCursor
            ? t("sms.empty.searchOn")
            : cursor
              ? t("sms.empty.older")
              : phone
                ? t("sms.empty.filtered")
                : t("sms.empty")}
        </p>
      ) : page.provider === "file" ? (
        <SandboxTable caption={caption} items={page.items} />
      ) : (
        <DeliveryTable caption={caption} items={page.items} />
      )}
      {(cursor || page.nextCursor) && (
        <nav aria-label={t("sms.paging")} className="mt-6">
          <ul className="flex flex-wrap gap-4 text-lg">
            {cursor && (
              <li>
                <Link
                  to={paths.sms}
                  search={phoneSearch}
                  className="inline-flex min-h-touch items-center font-bold"
                >
                  {t("sms.newest")}
                </Link>
              </li>
            )}
            {page.nextCursor && (
              <li>
                <Link
                  to={paths.sms}
                  search={{ ...phoneSearch, [smsSearchKeys.cursor]: page.nextCursor }}
                  className="inline-flex min-h-touch items-center font-bold"
                >
                  {t("sms.older")}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}

function SandboxTable({ caption, items }: { caption: ReactNode; items: SandboxSms[] }) {
  const t = useT();
  return (
    <DataTable
      caption={caption}
      headings={[t("sms.column.sentAt"), t("sms.column.to"), t("sms.column.text")]}
    >
      {items.map((sms) => (
        // Lines have no id; the same millisecond, number and text twice would be the same row anyway.
        <tr key={`${sms.sentAt}|${sms.to}|${sms.text}`} className="border-b border-line align-top">
          <td className="whitespace-nowrap px-3 py-2">{formatVietnamTime(sms.sentAt)}</td>
          <td className="whitespace-nowrap px-3 py-2">{sms.to}</td>
          {/* SMS go out without Vietnamese marks, but they are Vietnamese text. */}
          <td className="px-3 py-2 break-words" lang="vi">
            {sms.text}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function DeliveryTable({ caption, items }: { caption: ReactNode; items: SmsDelivery[] }) {
  const t = useT();
  return (
    <DataTable
      caption={caption}
      headings={[
        t("sms.column.createdAt"),
        t("sms.column.to"),
        t("sms.column.status"),
        t("sms.column.attempts"),
        t("sms.column.lastError"),
        t("sms.column.deliveredAt"),
      ]}
    >
      {items.map((sms) => (
        <tr key={sms.id} className="border-b border-line align-top">
          <td className="whitespace-nowrap px-3 py-2">{formatVietnamTime(sms.createdAt)}</td>
          <td className="whitespace-nowrap px-3 py-2">{sms.to}</td>
          <td className="px-3 py-2">{t(`sms.status.${sms.status}`)}</td>
          <td className="px-3 py-2">{sms.attempts}</td>
          <td className="px-3 py-2 break-words" lang="en">
            {sms.lastError ?? ""}
          </td>
          <td className="whitespace-nowrap px-3 py-2">
            {sms.deliveredAt ? formatVietnamTime(sms.deliveredAt) : ""}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

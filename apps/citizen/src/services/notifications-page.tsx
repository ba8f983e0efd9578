import { Button, useLocale, useSendOnce } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { Page } from "../layout/page";
import { notificationsChanged } from "../layout/use-unread-count";
import { paths } from "../paths";
import { ApiState } from "./api-state";
import { fill, useServicesT } from "./i18n/messages";
import { formatMoment } from "./service-frame";
import {
  type CitizenNotification,
  markNotificationsRead,
  readNotifications,
  serviceApi,
} from "./services-api";
import { useApiData } from "./use-api-data";

/** Tells the header's bell to count again. */
function announceChange(): void {
  window.dispatchEvent(new Event(notificationsChanged));
}

/**
 * "/thong-bao": what happened to the person's requests, newest first, the unread ones marked in words.
 * Opening one marks it read; "Đánh dấu tất cả là đã đọc" marks them all.
 */
export function NotificationsPage() {
  const t = useServicesT();
  const { locale } = useLocale();
  const list = useApiData(serviceApi.notifications, readNotifications);
  const { sending, sendOnce } = useSendOnce();
  const [markFailed, setMarkFailed] = useState(false);

  async function markAll(): Promise<void> {
    await sendOnce(async () => {
      const reply = await markNotificationsRead(null, locale);
      const ok = reply.kind === "answer" && reply.ok;
      setMarkFailed(!ok);
      if (ok) {
        list.reload();
        announceChange();
      }
    });
  }

  function markOne(item: CitizenNotification): void {
    if (item.read) return;
    void markNotificationsRead([item.id], locale).then(announceChange);
  }

  return (
    <Page title={t("notifications.title")} lead={t("notifications.lead")}>
      <ApiState data={list.state} pending={list.pending} reload={list.reload}>
        {({ unread, items }) =>
          items.length === 0 ? (
            <p className="text-lg">{t("notifications.empty")}</p>
          ) : (
            <>
              {unread > 0 && (
                <div className="mb-4 flex flex-col gap-3">
                  <p className="text-lg font-bold">{fill(t("notifications.count"), { n: unread })}</p>
                  <Button variant="secondary" onClick={() => void markAll()} disabled={sending}>
                    {sending ? t("notifications.marking") : t("notifications.markAll")}
                  </Button>
                </div>
              )}
              <div role="alert" className="empty:hidden">
                {markFailed && (
                  <p className="mb-4 text-lg font-bold text-error">{t("notifications.markFailed")}</p>
                )}
              </div>
              <ul className="divide-y divide-line/40 border-y border-line/40 bg-white">
                {items.map((item) => (
                  <li key={item.id} className={`p-4 ${item.read ? "" : "border-l-4 border-brand"}`}>
                    {!item.read && (
                      <p className="mb-1 inline-block rounded-md bg-brand px-2 text-sm font-bold text-white">
                        {t("notifications.unread")}
                      </p>
                    )}
                    <h2 className="text-lg font-bold">{item.title[locale]}</h2>
                    {item.createdAt && (
                      <p className="text-muted">
                        <time dateTime={item.createdAt}>{formatMoment(item.createdAt)}</time>
                      </p>
                    )}
                    {item.body[locale] && <p className="mt-1 text-lg">{item.body[locale]}</p>}
                    {(item.requestId || item.petitionId) && (
                      <Link
                        to={item.requestId ? paths.serviceRequest : paths.petition}
                        params={
                          item.requestId
                            ? { requestId: item.requestId }
                            : { petitionId: item.petitionId ?? "" }
                        }
                        onClick={() => markOne(item)}
                        className="mt-1 inline-flex min-h-touch items-center text-lg"
                      >
                        {t(item.requestId ? "notifications.open" : "notifications.openPetition")}
                        <span className="sr-only">: {item.title[locale]}</span>
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </ApiState>
    </Page>
  );
}

import { Button, LiveUpdatesNotice, SelectField, useLocale } from "@ansinh/ui";
import { Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import { DataTable } from "../dossiers/data-table";
import type { ApiResult } from "../dossiers/dossier-api";
import { formatDateTime } from "../dossiers/format";
import type { InboxItem, Paged } from "../help/help-api";
import { type InboxAssigned, type InboxFilters, searchFromInboxFilters } from "../help/help-search";
import { useOfficeStream } from "../help/help-stream";
import { fill, useHelpT } from "../help/i18n/messages";
import { Paging } from "../help/paging";
import { TicketTag } from "../help/status-tags";
import { Page } from "../layout/page";
import { paths } from "../paths";

/**
 * "/ho-tro": the office's chats with citizens, the latest message first, with filters (open or
 * closed, assigned to me / to nobody). The list follows the office's live stream, which also shows
 * citizens that an agent is online while this page is open.
 */
export function HelpInboxPage({
  filters,
  result,
}: {
  filters: InboxFilters;
  result: ApiResult<Paged<InboxItem>>;
}) {
  const t = useHelpT();
  const { paused } = useOfficeStream();
  return (
    <Page title={t("inbox.title")} lead={t("inbox.lead")}>
      <LiveUpdatesNotice paused={paused} />
      {/* A new address (a link, the back button) is a new set of filters; a reload by the stream is not,
          so that it leaves a half-chosen filter alone. */}
      <InboxFilterForm key={JSON.stringify(filters)} filters={filters} />
      {result.ok ? (
        <InboxTable filters={filters} inbox={result.data} />
      ) : (
        <ApiFailureNotice failure={result} lead={t("inbox.failed")} />
      )}
    </Page>
  );
}

const statuses = ["open", "closed"] as const;
const assignedChoices: readonly InboxAssigned[] = ["all", "me", "none"];

function InboxFilterForm({ filters }: { filters: InboxFilters }) {
  const t = useHelpT();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(filters);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void navigate({ to: paths.helpInbox, search: searchFromInboxFilters({ ...draft, page: 1 }) });
  }

  return (
    <search>
      <form
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="inbox-filters"
        className="mb-8 rounded-md bg-white p-6"
      >
        <h2 id="inbox-filters" className="mb-4 text-xl font-bold">
          {t("inbox.filter.title")}
        </h2>
        <div className="grid gap-x-6 md:grid-cols-2">
          <SelectField
            id="inbox-status"
            label={t("inbox.filter.status")}
            value={draft.status}
            onValueChange={(status) =>
              setDraft({ ...draft, status: statuses.find((known) => known === status) ?? "open" })
            }
          >
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`conversation.status.${status}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="inbox-assigned"
            label={t("inbox.filter.assigned")}
            value={draft.assigned}
            onValueChange={(assigned) =>
              setDraft({ ...draft, assigned: assignedChoices.find((known) => known === assigned) ?? "all" })
            }
          >
            {assignedChoices.map((assigned) => (
              <option key={assigned} value={assigned}>
                {t(`inbox.filter.assigned.${assigned}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="flex flex-wrap gap-4">
          <Button type="submit">{t("filter.submit")}</Button>
          <Link to={paths.helpInbox} className="inline-flex min-h-touch items-center text-lg">
            {t("filter.clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}

function InboxTable({ filters, inbox }: { filters: InboxFilters; inbox: Paged<InboxItem> }) {
  const t = useHelpT();
  const { locale } = useLocale();
  if (inbox.items.length === 0) return <p className="text-lg">{t("inbox.empty")}</p>;
  return (
    <>
      <DataTable
        caption={
          <caption className="mb-2 text-left text-xl font-bold">
            {t(`inbox.caption.${filters.status}`)} (
            {fill(t("list.count"), { shown: inbox.items.length, total: inbox.total })})
          </caption>
        }
        headings={[
          t("inbox.column.number"),
          t("inbox.column.person"),
          t("inbox.column.lastMessage"),
          t("inbox.column.unread"),
          t("inbox.column.kind"),
          t("inbox.column.assigned"),
        ]}
      >
        {inbox.items.map((item) => (
          <tr key={item.id} className={`border-b border-line ${item.staffUnread > 0 ? "bg-brand/5" : ""}`}>
            <th scope="row" className="px-3 py-2 font-normal">
              <Link
                to={paths.helpConversation}
                params={{ conversationId: item.id }}
                className="inline-flex min-h-touch items-center font-bold"
              >
                {item.number}
              </Link>
            </th>
            <td className="px-3 py-2" lang="vi">
              {item.personName}
            </td>
            <td className="px-3 py-2">
              <span className="block break-words" lang="vi">
                {item.lastMessagePreview}
              </span>
              <span className="text-base text-muted">{formatDateTime(item.lastMessageAt, locale)}</span>
            </td>
            <td className="px-3 py-2">
              {item.staffUnread > 0 ? (
                <strong>{fill(t("inbox.unread"), { n: item.staffUnread })}</strong>
              ) : (
                <span className="text-muted">{t("inbox.unread.none")}</span>
              )}
            </td>
            <td className="px-3 py-2">
              <TicketTag ticket={item.ticket} />
            </td>
            <td className="px-3 py-2" lang="vi">
              {item.assignedStaff?.fullName ?? <span className="text-muted">{t("assigned.none")}</span>}
            </td>
          </tr>
        ))}
      </DataTable>
      <Paging
        list={inbox}
        to={paths.helpInbox}
        searchOf={(page) => searchFromInboxFilters({ ...filters, page })}
      />
    </>
  );
}

import { requestStatuses, serviceCatalogue } from "@ansinh/domain";
import { Button, CheckboxField, SelectField, useLocale, useSendOnce } from "@ansinh/ui";
import { Link, useNavigate, useRouter } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import { DataTable } from "../dossiers/data-table";
import type { ApiFailure, ApiResult } from "../dossiers/dossier-api";
import { formatDateTime } from "../dossiers/format";
import { Page } from "../layout/page";
import { paths } from "../paths";
import { fill, useRequestsT } from "../service-requests/i18n/messages";
import { searchFromFilters } from "../service-requests/queue-search";
import { DeadlineText, isOpen, RequestStatusTag } from "../service-requests/request-status";
import {
  type AssignedFilter,
  actOnMany,
  type BulkOutcome,
  type Queue,
  type QueueFilters,
  type QueueItem,
  type RequestStatus,
  type StaffRef,
} from "../service-requests/requests-api";

/**
 * "/yeu-cau": the office's public-service requests, the nearest deadline first, with filters (status,
 * service, assigned to me / unassigned, overdue), a deadline clock per request, and boxes to receive or
 * assign several at once. The server only ever lists the officer's own office.
 */
export function ServiceRequestQueuePage({
  filters,
  result,
}: {
  filters: QueueFilters;
  result: ApiResult<Queue>;
}) {
  const t = useRequestsT();
  return (
    <Page title={t("rq.title")} lead={t("rq.lead")}>
      <QueueFilterForm filters={filters} />
      {result.ok ? (
        <QueueTable filters={filters} queue={result.data} />
      ) : (
        <ApiFailureNotice failure={result} lead={t("rq.failed")} />
      )}
    </Page>
  );
}

const filterStatuses = requestStatuses.filter(
  (status): status is Exclude<RequestStatus, "draft"> => status !== "draft",
);
const assignedFilters: readonly AssignedFilter[] = ["any", "me", "none"];

function QueueFilterForm({ filters }: { filters: QueueFilters }) {
  const t = useRequestsT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(filters);
  // A new address (a link, the back button) is a new set of filters.
  useEffect(() => setDraft(filters), [filters]);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void navigate({ to: paths.serviceRequests, search: searchFromFilters({ ...draft, page: 1 }) });
  }

  return (
    <search>
      <form
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="queue-filters"
        className="mb-8 rounded-md bg-white p-6"
      >
        <h2 id="queue-filters" className="mb-4 text-xl font-bold">
          {t("filter.title")}
        </h2>
        <div className="grid gap-x-6 md:grid-cols-3">
          <SelectField
            id="status"
            label={t("filter.status")}
            value={draft.status}
            onValueChange={(status) =>
              setDraft({ ...draft, status: filterStatuses.find((known) => known === status) ?? "" })
            }
          >
            <option value="">{t("filter.status.all")}</option>
            {filterStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="service"
            label={t("filter.service")}
            value={draft.service}
            onValueChange={(service) => setDraft({ ...draft, service })}
          >
            <option value="">{t("filter.service.all")}</option>
            {serviceCatalogue.map((service) => (
              <option key={service.code} value={service.code}>
                {service.name[locale]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="assigned"
            label={t("filter.assigned")}
            value={draft.assigned}
            onValueChange={(assigned) =>
              setDraft({ ...draft, assigned: assignedFilters.find((known) => known === assigned) ?? "any" })
            }
          >
            {assignedFilters.map((assigned) => (
              <option key={assigned} value={assigned}>
                {t(`filter.assigned.${assigned}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <CheckboxField
          id="overdue"
          label={t("filter.overdue")}
          checked={draft.overdue}
          onCheckedChange={(overdue) => setDraft({ ...draft, overdue })}
        />
        <div className="flex flex-wrap gap-4">
          <Button type="submit">{t("filter.submit")}</Button>
          <Link to={paths.serviceRequests} className="inline-flex min-h-touch items-center text-lg">
            {t("filter.clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}

function QueueTable({ filters, queue }: { filters: QueueFilters; queue: Queue }) {
  const t = useRequestsT();
  const { locale } = useLocale();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // What is no longer listed (another page, a reload after acting) is no longer selected.
  useEffect(
    () =>
      setSelected(
        (current) => new Set([...current].filter((id) => queue.items.some((item) => item.id === id))),
      ),
    [queue],
  );

  if (queue.items.length === 0) return <p className="text-lg">{t("queue.empty")}</p>;
  const allSelected = queue.items.every((item) => selected.has(item.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <BulkActions
        selected={[...selected]}
        items={queue.items}
        assignees={queue.assignees}
        onDone={() => setSelected(new Set())}
      />
      <DataTable
        caption={
          <caption className="mb-2 text-left text-xl font-bold">
            {t("queue.caption")} ({fill(t("queue.count"), { shown: queue.items.length, total: queue.total })})
          </caption>
        }
        headings={[
          t("queue.select"),
          t("queue.column.number"),
          t("queue.column.service"),
          t("queue.column.person"),
          t("queue.column.status"),
          t("queue.column.due"),
          t("queue.column.assigned"),
          t("queue.column.submittedAt"),
        ]}
      >
        <tr className="border-b border-line bg-surface">
          <td className="px-3 py-2">
            <input
              type="checkbox"
              aria-label={t("queue.selectAll")}
              checked={allSelected}
              onChange={(event) =>
                setSelected(event.target.checked ? new Set(queue.items.map((item) => item.id)) : new Set())
              }
              className="size-6 accent-brand"
            />
          </td>
          <td colSpan={7} className="px-3 py-2 text-muted">
            {t("queue.selectAll")}
          </td>
        </tr>
        {queue.items.map((item) => (
          <QueueRow
            key={item.id}
            item={item}
            selected={selected.has(item.id)}
            onToggle={toggle}
            locale={locale}
          />
        ))}
      </DataTable>
      <Paging filters={filters} queue={queue} />
    </>
  );
}

function QueueRow({
  item,
  selected,
  onToggle,
  locale,
}: {
  item: QueueItem;
  selected: boolean;
  onToggle: (id: string, on: boolean) => void;
  locale: "vi" | "en";
}) {
  const t = useRequestsT();
  const serviceName =
    item.serviceName?.[locale] ??
    serviceCatalogue.find((service) => service.code === item.serviceCode)?.name[locale] ??
    item.serviceCode;
  return (
    <tr className={`border-b border-line ${item.overdue && isOpen(item.status) ? "bg-error/5" : ""}`}>
      <td className="px-3 py-2">
        <input
          type="checkbox"
          aria-label={fill(t("queue.selectOne"), { number: item.number })}
          checked={selected}
          onChange={(event) => onToggle(item.id, event.target.checked)}
          className="size-6 accent-brand"
        />
      </td>
      <th scope="row" className="px-3 py-2 font-normal">
        <Link
          to={paths.serviceRequest}
          params={{ requestId: item.id }}
          className="inline-flex min-h-touch items-center font-bold"
        >
          {item.number}
        </Link>
      </th>
      <td className="px-3 py-2">{serviceName}</td>
      <td className="px-3 py-2" lang="vi">
        {item.personName}
      </td>
      <td className="px-3 py-2">
        <RequestStatusTag status={item.status} overdue={item.overdue && isOpen(item.status)} />
      </td>
      <td className="px-3 py-2">
        <DeadlineText dueOn={item.dueOn} open={isOpen(item.status)} workingDaysLeft={item.workingDaysLeft} />
      </td>
      <td className="px-3 py-2" lang="vi">
        {item.assignedTo?.fullName ?? <span className="text-muted">{t("queue.unassigned")}</span>}
      </td>
      <td className="px-3 py-2">{formatDateTime(item.submittedAt, locale)}</td>
    </tr>
  );
}

/** "Tiếp nhận" or "Giao cho" the selected requests; the server says which it could not do, and why. */
function BulkActions({
  selected,
  items,
  assignees,
  onDone,
}: {
  selected: string[];
  /** The listed requests, to name a refused one by its number. */
  items: readonly QueueItem[];
  assignees: StaffRef[];
  onDone: () => void;
}) {
  const t = useRequestsT();
  const { locale } = useLocale();
  const router = useRouter();
  const { sending, sendOnce } = useSendOnce();
  const [assignee, setAssignee] = useState("");
  const [outcome, setOutcome] = useState<(BulkOutcome & { numbers: Record<string, string> }) | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome || failure) notice.current?.focus();
  }, [outcome, failure]);

  async function act(action: "receive" | "assign"): Promise<void> {
    if (selected.length === 0) return;
    // Numbers as listed now: the list is read again once the server has acted.
    const numbers = Object.fromEntries(items.map((item) => [item.id, item.number]));
    await sendOnce(async () => {
      const result = await actOnMany(
        selected,
        action,
        action === "assign" ? assignee || undefined : undefined,
      );
      await router.invalidate();
      if (result.ok) {
        setOutcome({ ...result.data, numbers });
        setFailure(null);
        onDone();
      } else {
        setOutcome(null);
        setFailure(result);
      }
    });
  }

  const none = selected.length === 0;
  return (
    <section aria-labelledby="bulk-actions" className="mb-6 rounded-md bg-white p-6">
      <h2 id="bulk-actions" className="text-xl font-bold">
        {t("bulk.title")}
      </h2>
      <p className="mt-2 text-lg" aria-live="polite">
        {none ? t("bulk.none") : fill(t("bulk.selected"), { n: selected.length })}
      </p>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <Button className="mb-6" onClick={() => void act("receive")} disabled={none || sending}>
          {sending ? t("bulk.sending") : t("bulk.receive")}
        </Button>
        <div className="min-w-64">
          <SelectField
            id="bulk-assignee"
            label={t("bulk.assignee")}
            value={assignee}
            onValueChange={setAssignee}
          >
            <option value="">{t("bulk.me")}</option>
            {assignees.map((staff) => (
              <option key={staff.id} value={staff.id} lang="vi">
                {staff.fullName}
              </option>
            ))}
          </SelectField>
        </div>
        <Button
          variant="secondary"
          className="mb-6"
          onClick={() => void act("assign")}
          disabled={none || sending}
        >
          {t("bulk.assign")}
        </Button>
      </div>
      <div ref={notice} tabIndex={-1} role="status" className="empty:hidden">
        {outcome && (
          <div className="border-l-4 border-success p-3 text-lg">
            <p className="font-bold">{fill(t("bulk.done"), { n: outcome.done.length })}</p>
            {outcome.refused.length > 0 && (
              <>
                <p className="mt-2 font-bold">{t("bulk.refused")}</p>
                <ul className="list-disc pl-6">
                  {outcome.refused.map((refusal) => (
                    <li key={refusal.id}>
                      {outcome.numbers[refusal.id] ?? refusal.id}:{" "}
                      {typeof refusal.reason === "string" ? refusal.reason : refusal.reason[locale]}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {failure && <ApiFailureNotice failure={failure} />}
      </div>
    </section>
  );
}

function Paging({ filters, queue }: { filters: QueueFilters; queue: Queue }) {
  const t = useRequestsT();
  const hasNext = queue.page * queue.pageSize < queue.total;
  if (queue.page <= 1 && !hasNext) return null;
  return (
    <nav aria-label={t("queue.paging")} className="mt-6 flex flex-wrap items-center gap-6 text-lg">
      {queue.page > 1 && (
        <Link to={paths.serviceRequests} search={searchFromFilters({ ...filters, page: queue.page - 1 })}>
          {t("queue.previous")}
        </Link>
      )}
      <span>{fill(t("queue.page"), { page: queue.page })}</span>
      {hasNext && (
        <Link to={paths.serviceRequests} search={searchFromFilters({ ...filters, page: queue.page + 1 })}>
          {t("queue.next")}
        </Link>
      )}
    </nav>
  );
}

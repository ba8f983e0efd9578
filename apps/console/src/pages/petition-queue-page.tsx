import { petitionStatuses } from "@ansinh/domain";
import { Button, SelectField, useLocale } from "@ansinh/ui";
import { Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useEffect, useState } from "react";
import { ApiFailureNotice } from "../dossiers/api-failure-notice";
import { DataTable } from "../dossiers/data-table";
import type { ApiResult } from "../dossiers/dossier-api";
import { formatDateTime } from "../dossiers/format";
import type { Paged, PetitionItem } from "../help/help-api";
import { type PetitionFilters, searchFromPetitionFilters } from "../help/help-search";
import { fill, useHelpT } from "../help/i18n/messages";
import { Paging } from "../help/paging";
import { categoryLabel, PetitionStatusTag } from "../help/status-tags";
import { Page } from "../layout/page";
import { paths } from "../paths";

/** "/phan-anh": the petitions sent to the office, the oldest still open first, filtered by status. */
export function PetitionQueuePage({
  filters,
  result,
}: {
  filters: PetitionFilters;
  result: ApiResult<Paged<PetitionItem>>;
}) {
  const t = useHelpT();
  return (
    <Page title={t("petitions.title")} lead={t("petitions.lead")}>
      <PetitionFilterForm filters={filters} />
      {result.ok ? (
        <PetitionTable filters={filters} list={result.data} />
      ) : (
        <ApiFailureNotice failure={result} lead={t("petitions.failed")} />
      )}
    </Page>
  );
}

function PetitionFilterForm({ filters }: { filters: PetitionFilters }) {
  const t = useHelpT();
  const navigate = useNavigate();
  const [status, setStatus] = useState(filters.status);
  // A new address (a link, the back button) is a new filter.
  useEffect(() => setStatus(filters.status), [filters.status]);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void navigate({ to: paths.petitions, search: searchFromPetitionFilters({ status, page: 1 }) });
  }

  return (
    <search>
      <form
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="petition-filters"
        className="mb-8 rounded-md bg-white p-6"
      >
        <h2 id="petition-filters" className="mb-4 text-xl font-bold">
          {t("petitions.filter.title")}
        </h2>
        <div className="max-w-md">
          <SelectField
            id="petition-status"
            label={t("petitions.filter.status")}
            value={status}
            onValueChange={(value) => setStatus(petitionStatuses.find((known) => known === value) ?? "")}
          >
            <option value="">{t("petitions.filter.status.all")}</option>
            {petitionStatuses.map((known) => (
              <option key={known} value={known}>
                {t(`petition.status.${known}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="flex flex-wrap gap-4">
          <Button type="submit">{t("filter.submit")}</Button>
          <Link to={paths.petitions} className="inline-flex min-h-touch items-center text-lg">
            {t("filter.clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}

function PetitionTable({ filters, list }: { filters: PetitionFilters; list: Paged<PetitionItem> }) {
  const t = useHelpT();
  const { locale } = useLocale();
  if (list.items.length === 0) return <p className="text-lg">{t("petitions.empty")}</p>;
  return (
    <>
      <DataTable
        caption={
          <caption className="mb-2 text-left text-xl font-bold">
            {t("petitions.caption")} ({fill(t("list.count"), { shown: list.items.length, total: list.total })}
            )
          </caption>
        }
        headings={[
          t("petitions.column.number"),
          t("petitions.column.category"),
          t("petitions.column.person"),
          t("petitions.column.content"),
          t("petitions.column.status"),
          t("petitions.column.assigned"),
          t("petitions.column.createdAt"),
        ]}
      >
        {list.items.map((item) => (
          <tr key={item.id} className="border-b border-line">
            <th scope="row" className="px-3 py-2 font-normal">
              <Link
                to={paths.petition}
                params={{ petitionId: item.id }}
                className="inline-flex min-h-touch items-center font-bold"
              >
                {item.number}
              </Link>
            </th>
            <td className="px-3 py-2">{categoryLabel(item.category, locale)}</td>
            <td className="px-3 py-2" lang="vi">
              {item.personName}
            </td>
            <td className="px-3 py-2 break-words" lang="vi">
              {item.contentPreview}
            </td>
            <td className="px-3 py-2">
              <PetitionStatusTag status={item.status} />
            </td>
            <td className="px-3 py-2" lang="vi">
              {item.assignedStaff?.fullName ?? <span className="text-muted">{t("assigned.none")}</span>}
            </td>
            <td className="px-3 py-2">{formatDateTime(item.createdAt, locale)}</td>
          </tr>
        ))}
      </DataTable>
      <Paging
        list={list}
        to={paths.petitions}
        searchOf={(page) => searchFromPetitionFilters({ ...filters, page })}
      />
    </>
  );
}

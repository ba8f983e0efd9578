import { Link } from "@tanstack/react-router";
import type { Paged } from "./help-api";
import { fill, useHelpT } from "./i18n/messages";

/** "Trang trước / Trang n / Trang sau" under a help-desk list; nothing when it fits on one page. */
export function Paging({
  list,
  to,
  searchOf,
}: {
  list: Paged<unknown>;
  to: string;
  /** The address search of a page, with the list's filters kept. */
  searchOf: (page: number) => Record<string, string | number>;
}) {
  const t = useHelpT();
  const hasNext = list.page * list.pageSize < list.total;
  if (list.page <= 1 && !hasNext) return null;
  return (
    <nav aria-label={t("list.paging")} className="mt-6 flex flex-wrap items-center gap-6 text-lg">
      {list.page > 1 && (
        <Link to={to} search={searchOf(list.page - 1)}>
          {t("list.previous")}
        </Link>
      )}
      <span>{fill(t("list.page"), { page: list.page })}</span>
      {hasNext && (
        <Link to={to} search={searchOf(list.page + 1)}>
          {t("list.next")}
        </Link>
      )}
    </nav>
  );
}

import { isWorkingDay, publicHolidays, vietnamDate } from "@ansinh/domain";
import { clockOfWorkingDaysLeft, deadlineClock, StatusTag, type StatusTone } from "@ansinh/ui";
import { formatIsoDate } from "../dossiers/format";
import { fill, useRequestsT } from "./i18n/messages";
import type { RequestStatus } from "./requests-api";

const tones: Record<RequestStatus, StatusTone> = {
  draft: "neutral",
  submitted: "attention",
  received: "progress",
  processing: "progress",
  needs_info: "neutral",
  completed: "success",
  rejected: "error",
};

/** A request's status in words, with "Quá hạn" beside it once the deadline has passed. */
export function RequestStatusTag({ status, overdue = false }: { status: RequestStatus; overdue?: boolean }) {
  const t = useRequestsT();
  return (
    <span className="inline-flex flex-wrap gap-2">
      <StatusTag tone={tones[status]}>{t(`status.${status}`)}</StatusTag>
      {overdue && <StatusTag tone="attention">{t("overdue")}</StatusTag>}
    </span>
  );
}

const holidays = publicHolidays();
const countsAsWorkingDay = (day: string) => isWorkingDay(day, holidays);

/**
 * The deadline and its clock, "28/11/2026 · còn 2 ngày làm việc": working days left as the deadline was
 * set, or working days late in bold. Closed requests show only the date.
 */
export function DeadlineText({
  dueOn,
  open,
  workingDaysLeft = null,
}: {
  dueOn: string | null;
  open: boolean;
  /** The server's own count, preferred when it sends one. */
  workingDaysLeft?: number | null;
}) {
  const t = useRequestsT();
  if (!dueOn) return <span className="text-muted">—</span>;
  if (!open) return <>{formatIsoDate(dueOn)}</>;
  const clock =
    workingDaysLeft === null
      ? deadlineClock(dueOn, vietnamDate(new Date()), countsAsWorkingDay)
      : clockOfWorkingDaysLeft(workingDaysLeft);
  return (
    <>
      {formatIsoDate(dueOn)}
      <span className="block">
        {clock.kind === "left" && fill(t("clock.left"), { n: clock.workingDays })}
        {clock.kind === "today" && <strong>{t("clock.today")}</strong>}
        {clock.kind === "overdue" && (
          <strong className="text-error">{fill(t("clock.overdue"), { n: clock.workingDays })}</strong>
        )}
      </span>
    </>
  );
}

/** Requests still waiting on the office or the citizen. */
export function isOpen(status: RequestStatus): boolean {
  return status !== "completed" && status !== "rejected" && status !== "draft";
}

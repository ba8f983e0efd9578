import type { RequestStatus } from "@ansinh/db";
import { addDays, addWorkingDays, type IsoDate, isWorkingDay, publicHolidays } from "@ansinh/domain";
import { isOpen } from "./request-transitions";

/** The legal deadline of a request submitted today: its service's working days, weekends and holidays skipped. */
export function dueOnFor(today: IsoDate, workingDays: number): IsoDate {
  return addWorkingDays(today, workingDays, publicHolidays());
}

/** An open request is overdue once its deadline day has passed in Vietnam. */
export function isOverdue(request: { status: RequestStatus; dueOn: string | null }, today: IsoDate): boolean {
  return !!request.dueOn && isOpen(request.status) && request.dueOn < today;
}

/**
 * Working days from today to the deadline: 0 on the deadline day, negative once it is past (how many
 * working days late). The staff queue's deadline clock counts what the law counts, not calendar days.
 */
export function workingDaysLeft(dueOn: IsoDate, today: IsoDate): number {
  const holidays = publicHolidays();
  const [from, to, sign] = dueOn >= today ? [today, dueOn, 1] : [dueOn, today, -1];
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, holidays)) count += 1;
  }
  return sign * count;
}

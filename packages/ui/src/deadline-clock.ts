/** Where a deadline stands today, in working days: left (today not counted), due today, or late. */
export type DeadlineClock =
  | { kind: "left"; workingDays: number }
  | { kind: "today" }
  | { kind: "overdue"; workingDays: number };

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The deadline clock of a request (dates "yyyy-MM-dd"), counted in working days as the deadline itself
 * was set: `isWorkingDay` (the domain's, with the public holidays) says which days count. A request
 * late only by a weekend is still one day late.
 */
export function deadlineClock(
  dueOn: string,
  today: string,
  isWorkingDay: (day: string) => boolean,
): DeadlineClock {
  const due = dayNumber(dueOn);
  const now = dayNumber(today);
  if (due === now) return { kind: "today" };
  const [from, to] = due < now ? [due, now] : [now, due];
  let workingDays = 0;
  for (let day = from + 1; day <= to; day += 1) if (isWorkingDay(isoOf(day))) workingDays += 1;
  return due < now
    ? { kind: "overdue", workingDays: Math.max(1, workingDays) }
    : { kind: "left", workingDays };
}

/** The clock from a count the server made (working days to the deadline, negative when late). */
export function clockOfWorkingDaysLeft(workingDaysLeft: number): DeadlineClock {
  if (workingDaysLeft > 0) return { kind: "left", workingDays: workingDaysLeft };
  if (workingDaysLeft === 0) return { kind: "today" };
  return { kind: "overdue", workingDays: -workingDaysLeft };
}

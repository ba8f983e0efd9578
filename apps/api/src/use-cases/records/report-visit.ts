import { randomInt } from "node:crypto";
import { type CitizenProfile, findOwnVisitReport, insertVisitReport, uuidv7 } from "@ansinh/db";
import { vietnamDate } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { visitNotFound } from "./record-errors";

/**
 * Số phản ánh: "PA" + the day in Vietnam as yyMMdd + 8 random digits, e.g. "PA26111504291733". Reports
 * are keyed by person (no table-wide unique index, so the table can be sharded by person); 10⁸ numbers
 * a day keep a repeat between two people's reports of one day unlikely.
 */
export function newVisitReportReference(now: Date, random: (max: number) => number = randomInt): string {
  const day = vietnamDate(now).slice(2).replaceAll("-", "");
  return `PA${day}${String(random(100_000_000)).padStart(8, "0")}`;
}

/**
 * "Tôi không đi khám lần này": the citizen reports one of their own visits; staff of their province
 * see it. Once per visit: reporting again (a double tap, a retry) answers the first report's reference.
 * Someone else's visit and an unknown id get the same 404.
 */
export async function reportVisit(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  input: { visitId: string; note?: string },
  now = new Date(),
): Promise<{ reference: string; created: boolean }> {
  const own = { personId: citizen.personId, visitId: input.visitId };
  const known = await findOwnVisitReport(context.db, own);
  if (!known.visitExists) throw visitNotFound();
  if (known.reference) return { reference: known.reference, created: false };
  const note = input.note?.normalize("NFC").trim() || null;
  const reference = newVisitReportReference(now);
  if (await insertVisitReport(context.db, { ...own, id: uuidv7(), note, reference })) {
    return { reference, created: true };
  }
  // Another request filed it between the two statements.
  const filed = await findOwnVisitReport(context.db, own);
  if (!filed.reference) throw visitNotFound();
  return { reference: filed.reference, created: false };
}

import { type MedicalVisitItem, visitsRead } from "@ansinh/db";
import { vietnamYear, vietnamYearStart } from "@ansinh/domain";
import type { PersonReader } from "./person-reader";

export interface VisitYear {
  year: number;
  count: number;
  totalCost: number;
  fundPaid: number;
  patientPaid: number;
  /** Newest first. */
  visits: MedicalVisitItem[];
}

export interface VisitsView {
  asOf: Date;
  /** Newest year first; a year is the year of admission in Vietnam. */
  years: VisitYear[];
}

/** "Sổ khám chữa bệnh": the signed-in citizen's visits grouped by year, with yearly totals. */
export async function readVisits(
  reader: PersonReader,
  filter: { year?: number } = {},
  now = new Date(),
): Promise<VisitsView> {
  const range =
    filter.year === undefined
      ? {}
      : { from: vietnamYearStart(filter.year), to: vietnamYearStart(filter.year + 1) };
  const visits = await reader(visitsRead(range));
  return { asOf: now, years: byYear(visits) };
}

/** Visits come newest first, so the years do too. */
export function byYear(visits: readonly MedicalVisitItem[]): VisitYear[] {
  const years: VisitYear[] = [];
  for (const visit of visits) {
    const year = vietnamYear(visit.admittedAt);
    let group = years.at(-1);
    if (group?.year !== year) {
      group = { year, count: 0, totalCost: 0, fundPaid: 0, patientPaid: 0, visits: [] };
      years.push(group);
    }
    group.count += 1;
    group.totalCost += visit.totalCost;
    group.fundPaid += visit.fundPaid;
    group.patientPaid += visit.patientPaid;
    group.visits.push(visit);
  }
  return years;
}

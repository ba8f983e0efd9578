import type { SqlRunner } from "../../create-db";
import type { visitReportStatuses } from "../../schema/records";

export type VisitReportStatus = (typeof visitReportStatuses)[number];

/** Whether the person has this visit in their book, and the reference of their report on it if any. */
export async function findOwnVisitReport(
  db: SqlRunner,
  query: { personId: string; visitId: string },
): Promise<{ visitExists: boolean; reference: string | null }> {
  const [row] = await db.query<{ reference: string | null }>(
    `SELECT r.reference
       FROM medical_visit v
       LEFT JOIN visit_report r ON r.person_id = v.person_id AND r.visit_id = v.id
      WHERE v.person_id = $1 AND v.id = $2`,
    [query.personId, query.visitId],
  );
  return { visitExists: row !== undefined, reference: row?.reference ?? null };
}

/**
 * Files a report on one of the person's own visits, routed to the person's province. Returns false,
 * without aborting the caller's transaction, when the visit already has one (a double tap).
 */
export async function insertVisitReport(
  db: SqlRunner,
  report: { id: string; personId: string; visitId: string; note: string | null; reference: string },
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO visit_report (person_id, id, visit_id, note, reference, province_code)
     SELECT v.person_id, $2, v.id, $4, $5, p.province_code
       FROM medical_visit v JOIN person p ON p.id = v.person_id
      WHERE v.person_id = $1 AND v.id = $3
     ON CONFLICT (person_id, visit_id) DO NOTHING
     RETURNING id`,
    [report.personId, report.id, report.visitId, report.note, report.reference],
  );
  return rows.length === 1;
}

/** A report as staff of the person's province see it in the console. */
export interface ProvinceVisitReport {
  reference: string;
  status: VisitReportStatus;
  note: string | null;
  createdAt: Date;
  personId: string;
  person: { bhxhNumber: string; fullName: string };
  visit: {
    id: string;
    facility: { code: string; name: string | null };
    kind: "outpatient" | "inpatient";
    admittedAt: Date;
    dischargedAt: Date;
    mainDiagnosis: { code: string; name: string | null };
    totalCost: number;
    fundPaid: number;
  };
}

interface ReportRow {
  reference: string;
  status: VisitReportStatus;
  note: string | null;
  createdAt: Date;
  personId: string;
  bhxhNumber: string;
  fullName: string;
  visitId: string;
  facilityCode: string;
  facilityName: string | null;
  kind: "outpatient" | "inpatient";
  admittedAt: Date;
  dischargedAt: Date;
  mainCode: string;
  mainName: string | null;
  totalCost: number;
  fundPaid: number;
}

/**
 * One page of the reports in one status of the persons of an office's province, the oldest first (the
 * order to work them in).
 */
export async function listProvinceVisitReports(
  db: SqlRunner,
  query: { officeCode: string; status: VisitReportStatus; limit: number; offset: number },
): Promise<{ items: ProvinceVisitReport[]; total: number }> {
  const rows = await db.query<ReportRow>(
    `SELECT r.reference, r.status, r.note, r.created_at AS "createdAt", r.person_id AS "personId",
            p.bhxh_number AS "bhxhNumber", p.full_name AS "fullName", v.id AS "visitId",
            v.facility_code AS "facilityCode", f.name AS "facilityName", v.kind,
            v.admitted_at AS "admittedAt", v.discharged_at AS "dischargedAt",
            v.main_diagnosis AS "mainCode", i.name_vi AS "mainName",
            v.total_cost::float8 AS "totalCost", v.fund_paid::float8 AS "fundPaid"
       FROM visit_report r
       JOIN person p ON p.id = r.person_id
       JOIN medical_visit v ON v.person_id = r.person_id AND v.id = r.visit_id
       LEFT JOIN medical_facility f ON f.code = v.facility_code
       LEFT JOIN icd10_code i ON i.code = v.main_diagnosis
      WHERE r.province_code = (SELECT province_code FROM office WHERE code = $1) AND r.status = $2
      ORDER BY r.created_at, r.person_id, r.id
      LIMIT $3 OFFSET $4`,
    [query.officeCode, query.status, query.limit, query.offset],
  );
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM visit_report
      WHERE province_code = (SELECT province_code FROM office WHERE code = $1) AND status = $2`,
    [query.officeCode, query.status],
  );
  const items = rows.map(
    (r): ProvinceVisitReport => ({
      reference: r.reference,
      status: r.status,
      note: r.note,
      createdAt: r.createdAt,
      personId: r.personId,
      person: { bhxhNumber: r.bhxhNumber, fullName: r.fullName },
      visit: {
        id: r.visitId,
        facility: { code: r.facilityCode, name: r.facilityName },
        kind: r.kind,
        admittedAt: r.admittedAt,
        dischargedAt: r.dischargedAt,
        mainDiagnosis: { code: r.mainCode, name: r.mainName },
        totalCost: r.totalCost,
        fundPaid: r.fundPaid,
      },
    }),
  );
  return { items, total: count?.total ?? 0 };
}

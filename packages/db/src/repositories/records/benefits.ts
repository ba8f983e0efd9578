import type { SqlRunner } from "../../create-db";

export type BenefitKind =
  | "sickness"
  | "maternity"
  | "unemployment"
  | "one_time"
  | "pension"
  | "occupational_accident";

/** "Thông tin hưởng": one benefit payment with the office that paid it. */
export interface BenefitItem {
  kind: BenefitKind;
  decisionNumber: string;
  periodFrom: string;
  periodTo: string | null;
  amount: number;
  payingOffice: { code: string; name: string };
  paidOn: string;
}

interface BenefitRow extends Omit<BenefitItem, "payingOffice"> {
  officeCode: string;
  officeName: string;
}

/** Newest payment first. */
export async function listBenefits(db: SqlRunner, personId: string): Promise<BenefitItem[]> {
  const rows = await db.query<BenefitRow>(
    `SELECT b.kind, b.decision_number AS "decisionNumber", to_char(b.period_from, 'YYYY-MM-DD') AS "periodFrom",
            to_char(b.period_to, 'YYYY-MM-DD') AS "periodTo", b.amount::float8 AS amount,
            b.paying_office_code AS "officeCode", o.name AS "officeName",
            to_char(b.paid_on, 'YYYY-MM-DD') AS "paidOn"
       FROM benefit_payment b
       JOIN office o ON o.code = b.paying_office_code
      WHERE b.person_id = $1
      ORDER BY b.paid_on DESC, b.period_from DESC, b.id DESC`,
    [personId],
  );
  return rows.map(({ officeCode, officeName, ...item }) => ({
    ...item,
    payingOffice: { code: officeCode, name: officeName },
  }));
}

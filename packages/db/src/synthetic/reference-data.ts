import {
  baseSalaryRecords,
  capRecords,
  compulsoryRateRecords,
  floorRecords,
  healthInsuranceGroups,
  type LegalRecord,
  newProvinces,
  offices,
  oldProvinces,
  regionalMinimumWageRecords,
  ruralPovertyLineRecords,
  voluntaryRateRecords,
  voluntaryStateSupportRecords,
} from "@ansinh/domain";
import type { Db, SqlRunner } from "../create-db";
import { icd10Codes } from "./vocabulary";

/**
 * Copies the reference data of packages/domain (the JSON files that name their legal documents) into
 * the database, so that SQL can join on it and staff tools can show it. Re-running updates rows in
 * place: a corrected figure in the JSON reaches the database on the next start.
 */
export async function loadReferenceData(db: Db) {
  await db.transaction(async (tx) => {
    const mergedInto = new Map(
      newProvinces.flatMap((p) => p.mergedFrom.map((old) => [old, p.code] as const)),
    );
    for (const p of oldProvinces)
      await upsertProvince(tx, "old", p.code, p.name, mergedInto.get(p.code) ?? null, p);
    for (const p of newProvinces) await upsertProvince(tx, "new", p.code, p.name, null, p);

    const values: (readonly [series: string, key: string, value: number, record: LegalRecord])[] = [
      ...baseSalaryRecords.map((r) => ["base_salary", "amount", r.amount, r] as const),
      ...ruralPovertyLineRecords.map((r) => ["rural_poverty_line", "amount", r.amount, r] as const),
      ...regionalMinimumWageRecords.flatMap((r) =>
        Object.entries(r.amounts).map(
          ([region, amount]) => ["regional_minimum_wage", region, amount, r] as const,
        ),
      ),
      ...compulsoryRateRecords.flatMap((r) => [
        ["contribution_rate", `${r.fund}.employer`, r.employerPercent, r] as const,
        ["contribution_rate", `${r.fund}.employee`, r.employeePercent, r] as const,
      ]),
      ...voluntaryRateRecords.map((r) => ["voluntary_rate", r.fund, r.participantPercent, r] as const),
      ...capRecords.map(
        (r) => ["contribution_cap", `${r.fundGroup}:${r.bases.join("+")}`, r.multiplier, r] as const,
      ),
      ...floorRecords.map(
        (r) => ["contribution_floor", `${r.fundGroup}:${r.bases.join("+")}`, r.multiplier, r] as const,
      ),
      ...voluntaryStateSupportRecords.map(
        (r) => ["voluntary_state_support", r.category, r.percent, r] as const,
      ),
    ];
    for (const [series, key, value, r] of values) {
      await tx.query(
        `INSERT INTO reference_value (series, key, value, effective_from, effective_to, legal_document, confidence)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (series, key, effective_from) DO UPDATE
         SET value = EXCLUDED.value, effective_to = EXCLUDED.effective_to,
             legal_document = EXCLUDED.legal_document, confidence = EXCLUDED.confidence`,
        [series, key, value, r.effectiveFrom, r.effectiveTo, r.legalDocument, r.confidence],
      );
    }

    for (const g of healthInsuranceGroups) {
      await tx.query(
        `INSERT INTO health_insurance_group (code, name_vi, payer_group) VALUES ($1, $2, $3)
         ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, payer_group = EXCLUDED.payer_group`,
        [g.code, g.nameVi, g.payerGroup],
      );
      for (const l of g.levels) {
        await tx.query(
          `INSERT INTO health_insurance_group_level (group_code, level, effective_from, effective_to, legal_document, confidence)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (group_code, effective_from) DO UPDATE
           SET level = EXCLUDED.level, effective_to = EXCLUDED.effective_to,
               legal_document = EXCLUDED.legal_document, confidence = EXCLUDED.confidence`,
          [g.code, l.level, l.effectiveFrom, l.effectiveTo, l.legalDocument, l.confidence],
        );
      }
    }

    for (const o of offices) {
      await tx.query(
        `INSERT INTO office (code, name, level, parent_code, province_code, address, phone, email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
           parent_code = EXCLUDED.parent_code, province_code = EXCLUDED.province_code,
           address = EXCLUDED.address, phone = EXCLUDED.phone, email = EXCLUDED.email`,
        [o.code, o.name, o.level, o.parentCode, o.provinceCode, o.address, o.phone, o.email],
      );
    }

    for (const [code, nameVi] of icd10Codes) {
      await tx.query(
        "INSERT INTO icd10_code (code, name_vi) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi",
        [code, nameVi],
      );
    }
  });
}

function upsertProvince(
  tx: SqlRunner,
  kind: "old" | "new",
  code: string,
  name: string,
  mergedInto: string | null,
  r: LegalRecord,
) {
  return tx.query(
    `INSERT INTO province (kind, code, name, merged_into, effective_from, effective_to, legal_document, confidence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (kind, code) DO UPDATE SET name = EXCLUDED.name, merged_into = EXCLUDED.merged_into,
       effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to,
       legal_document = EXCLUDED.legal_document, confidence = EXCLUDED.confidence`,
    [kind, code, name, mergedInto, r.effectiveFrom, r.effectiveTo, r.legalDocument, r.confidence],
  );
}

import type { SqlRunner } from "../create-db";
import { uuidv7 } from "../uuidv7";

/**
 * What a completed public-service request changes in the person's record (issue 5): a reissued health
 * insurance card, a new way of receiving a benefit, an authorised collector. Each runs inside the
 * transaction that completes the request, so the request is never completed without its change.
 */

/**
 * "Cấp lại / đổi thẻ BHYT": the active card becomes 'replaced' and a new card with the same number,
 * code, group and level is issued today, valid from today to the old card's end, at the given
 * facility (or the old one). Undefined when the person holds no active card still valid today.
 */
export async function reissueActiveCard(
  tx: SqlRunner,
  input: { personId: string; today: string; facilityCode: string | null },
): Promise<{ facilityCode: string; validTo: string | null } | undefined> {
  const [old] = await tx.query<{ id: string }>(
    `SELECT id FROM health_insurance_card
      WHERE person_id = $1 AND status = 'active' AND (valid_to IS NULL OR valid_to >= $2::date)
      ORDER BY valid_from DESC, id DESC LIMIT 1 FOR UPDATE`,
    [input.personId, input.today],
  );
  if (!old) return undefined;
  await tx.query("UPDATE health_insurance_card SET status = 'replaced' WHERE person_id = $1 AND id = $2", [
    input.personId,
    old.id,
  ]);
  const [issued] = await tx.query<{ facilityCode: string; validTo: string | null }>(
    `INSERT INTO health_insurance_card (person_id, id, card_number, card_code, group_code, printed_level,
       province_code, facility_code, valid_from, valid_to, five_years_from, issued_on, status)
     SELECT person_id, $3, card_number, card_code, group_code, printed_level, province_code,
            coalesce($4, facility_code), $2::date, valid_to, five_years_from, $2::date, 'active'
       FROM health_insurance_card WHERE person_id = $1 AND id = $5
     RETURNING facility_code AS "facilityCode", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"`,
    [input.personId, input.today, uuidv7(), input.facilityCode, old.id],
  );
  return issued;
}

export type NewBenefitReceipt = {
  personId: string;
  requestId: string;
  effectiveFrom: string;
} & (
  | {
      method: "bank";
      bankName: string;
      accountHolder: string;
      accountNumberCipher: Uint8Array;
      accountLast4: string;
    }
  | { method: "post_office"; postOfficeAddress: string }
);

/** The new way of receiving benefits replaces the current one (kept, with the time it was replaced). */
export async function replaceBenefitReceipt(tx: SqlRunner, receipt: NewBenefitReceipt): Promise<void> {
  await tx.query(
    "UPDATE benefit_receipt SET replaced_at = now() WHERE person_id = $1 AND replaced_at IS NULL",
    [receipt.personId],
  );
  const bank = receipt.method === "bank" ? receipt : null;
  await tx.query(
    `INSERT INTO benefit_receipt (person_id, id, method, bank_name, account_holder, account_number_cipher,
       account_last4, post_office_address, effective_from, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      receipt.personId,
      uuidv7(),
      receipt.method,
      bank?.bankName ?? null,
      bank?.accountHolder ?? null,
      bank ? Buffer.from(bank.accountNumberCipher) : null,
      bank?.accountLast4 ?? null,
      receipt.method === "post_office" ? receipt.postOfficeAddress : null,
      receipt.effectiveFrom,
      receipt.requestId,
    ],
  );
}

export interface NewBenefitAuthorisation {
  personId: string;
  requestId: string;
  collectorName: string;
  collectorNationalIdCipher: Uint8Array;
  collectorPhone: string;
  relation: string;
  validFrom: string;
  validTo: string;
}

export async function insertBenefitAuthorisation(tx: SqlRunner, a: NewBenefitAuthorisation): Promise<void> {
  await tx.query(
    `INSERT INTO benefit_authorisation (person_id, id, request_id, collector_name, collector_national_id_cipher,
       collector_phone, relation, valid_from, valid_to)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      a.personId,
      uuidv7(),
      a.requestId,
      a.collectorName,
      Buffer.from(a.collectorNationalIdCipher),
      a.collectorPhone,
      a.relation,
      a.validFrom,
      a.validTo,
    ],
  );
}

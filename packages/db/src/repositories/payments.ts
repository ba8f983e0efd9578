import type { SqlRunner } from "../create-db";
import type { PaymentStatus } from "./public-services";

/**
 * Payments for paid services (household health insurance renewal, voluntary BHXH) and the registry
 * facts that set their amount and what they buy. A payment only ever leaves "pending" once, by the
 * conditional update in settlePendingPayment, so a repeated callback cannot settle it twice.
 */
export interface PaymentRow {
  personId: string;
  id: string;
  requestId: string;
  provider: string;
  amount: number;
  status: PaymentStatus;
  providerReference: string | null;
  idempotencyKey: string;
  createdAt: Date;
  settledAt: Date | null;
  failureReason: string | null;
}

/** The payment columns under the names of PaymentRow; `t` is the table's alias in the query. */
const paymentColumnsOf = (t: string) =>
  `${t}.person_id AS "personId", ${t}.id, ${t}.request_id AS "requestId", ${t}.provider,
   ${t}.amount::float8 AS amount, ${t}.status, ${t}.provider_reference AS "providerReference",
   ${t}.idempotency_key AS "idempotencyKey", ${t}.created_at AS "createdAt", ${t}.settled_at AS "settledAt",
   ${t}.failure_reason AS "failureReason"`;
const paymentColumns = paymentColumnsOf("payment");

export type NewPayment = Pick<
  PaymentRow,
  "personId" | "id" | "requestId" | "provider" | "amount" | "providerReference" | "idempotencyKey"
>;

/**
 * The new pending payment; when the person already used this idempotency key, the payment made with
 * it then (created: false), whatever request it was for.
 */
export async function insertPayment(
  db: SqlRunner,
  payment: NewPayment,
): Promise<{ payment: PaymentRow; created: boolean }> {
  // The no-op update makes the conflicting row come back; xmax is 0 only on a row this statement inserted.
  const [row] = await db.query<PaymentRow & { created: boolean }>(
    `INSERT INTO payment (person_id, id, request_id, provider, amount, status, provider_reference, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7)
     ON CONFLICT (person_id, idempotency_key) DO UPDATE SET idempotency_key = excluded.idempotency_key
     RETURNING ${paymentColumns}, (xmax = 0) AS created`,
    [
      payment.personId,
      payment.id,
      payment.requestId,
      payment.provider,
      payment.amount,
      payment.providerReference,
      payment.idempotencyKey,
    ],
  );
  if (!row) throw new Error("INSERT … ON CONFLICT DO UPDATE returned no row");
  const { created, ...stored } = row;
  return { payment: stored, created };
}

export async function findPaymentByKey(
  db: SqlRunner,
  personId: string,
  idempotencyKey: string,
): Promise<PaymentRow | undefined> {
  const [row] = await db.query<PaymentRow>(
    `SELECT ${paymentColumns} FROM payment WHERE person_id = $1 AND idempotency_key = $2`,
    [personId, idempotencyKey],
  );
  return row;
}

/** A gateway's callback names only its own reference; forUpdate holds the row until the settlement commits. */
export async function findPaymentByReference(
  db: SqlRunner,
  providerReference: string,
  options: { forUpdate?: boolean } = {},
): Promise<PaymentRow | undefined> {
  const [row] = await db.query<PaymentRow>(
    `SELECT ${paymentColumns} FROM payment WHERE provider_reference = $1${options.forUpdate ? " FOR UPDATE" : ""}`,
    [providerReference],
  );
  return row;
}

/** The request's payment still open at the gateway, if any: a second one could be paid twice. */
export async function findPendingRequestPayment(
  db: SqlRunner,
  personId: string,
  requestId: string,
): Promise<PaymentRow | undefined> {
  const [row] = await db.query<PaymentRow>(
    `SELECT ${paymentColumns} FROM payment WHERE person_id = $1 AND request_id = $2 AND status = 'pending'
     ORDER BY created_at DESC, id DESC LIMIT 1`,
    [personId, requestId],
  );
  return row;
}

/**
 * Ends a pending payment; undefined when it had already left "pending" (a repeated callback, or the
 * reconciliation and a callback at once), so the caller applies its effects only once.
 */
export async function settlePendingPayment(
  db: SqlRunner,
  payment: Pick<PaymentRow, "personId" | "id">,
  outcome: { status: Exclude<PaymentStatus, "pending">; failureReason: string | null },
): Promise<PaymentRow | undefined> {
  const [row] = await db.query<PaymentRow>(
    `UPDATE payment SET status = $3, failure_reason = $4, settled_at = now()
     WHERE person_id = $1 AND id = $2 AND status = 'pending'
     RETURNING ${paymentColumns}`,
    [payment.personId, payment.id, outcome.status, outcome.failureReason],
  );
  return row;
}

/**
 * Payments of a gateway still pending since before `createdBefore`: their callback is overdue. Only
 * those the gateway knows (a reference), since the gateway is what is asked about them.
 */
export async function listOverduePayments(
  db: SqlRunner,
  query: { provider: string; createdBefore: Date; limit: number },
): Promise<(PaymentRow & { providerReference: string })[]> {
  return db.query<PaymentRow & { providerReference: string }>(
    `SELECT ${paymentColumns} FROM payment
     WHERE status = 'pending' AND created_at < $2 AND provider = $1 AND provider_reference IS NOT NULL
     ORDER BY created_at LIMIT $3`,
    [query.provider, query.createdBefore, query.limit],
  );
}

/** What the sandbox gateway's page shows about a payment. */
export interface PaymentPage extends PaymentRow {
  requestNumber: string | null;
  serviceCode: string;
}

export async function findPaymentPage(
  db: SqlRunner,
  providerReference: string,
): Promise<PaymentPage | undefined> {
  const [row] = await db.query<PaymentPage>(
    `SELECT ${paymentColumnsOf("p")}, r.number AS "requestNumber",
            r.service_code AS "serviceCode"
     FROM payment p JOIN service_request r ON r.person_id = p.person_id AND r.id = p.request_id
     WHERE p.provider_reference = $1`,
    [providerReference],
  );
  return row;
}

/**
 * A household member's health insurance card that a household renewal extends: the latest card of
 * each member of the person's household that is in use or has run out (not one replaced or revoked).
 * The registry records no deaths yet, so every member listed counts as living.
 */
export interface HouseholdCard {
  personId: string;
  cardId: string;
  groupCode: string;
  /** ISO date; null for a card without an end, which a renewal leaves alone. */
  validTo: string | null;
}

export async function listHouseholdCards(
  db: SqlRunner,
  personId: string,
  options: { forUpdate?: boolean } = {},
): Promise<HouseholdCard[]> {
  return db.query<HouseholdCard>(
    `SELECT c.person_id AS "personId", c.id AS "cardId", c.group_code AS "groupCode",
            to_char(c.valid_to, 'YYYY-MM-DD') AS "validTo"
     FROM person p
     JOIN person m ON m.household_id = p.household_id
     JOIN health_insurance_card c ON c.person_id = m.id AND c.status IN ('active', 'expired')
     WHERE p.id = $1
       AND NOT EXISTS (SELECT 1 FROM health_insurance_card n
                       WHERE n.person_id = c.person_id AND n.status IN ('active', 'expired')
                         AND (n.valid_from, n.issued_on, n.id) > (c.valid_from, c.issued_on, c.id))
     ORDER BY c.person_id${options.forUpdate ? " FOR UPDATE OF c" : ""}`,
    [personId],
  );
}

/** A renewal: the card runs to validTo and is in use again (a lapsed card comes back to life). */
export async function extendCard(
  db: SqlRunner,
  card: Pick<HouseholdCard, "personId" | "cardId">,
  validTo: string,
): Promise<void> {
  await db.query(
    "UPDATE health_insurance_card SET valid_to = $3, status = 'active' WHERE person_id = $1 AND id = $2",
    [card.personId, card.cardId, validTo],
  );
}

/**
 * The group code (mã đối tượng) of the person's card in use, which says whether the State counts them
 * poor (HN) or near-poor (CN); null without one.
 */
export async function findCurrentCardGroup(db: SqlRunner, personId: string): Promise<string | null> {
  const [row] = await db.query<{ groupCode: string }>(
    `SELECT group_code AS "groupCode" FROM health_insurance_card
     WHERE person_id = $1 AND status = 'active' ORDER BY valid_from DESC, id DESC LIMIT 1`,
    [personId],
  );
  return row?.groupCode ?? null;
}

export interface VoluntaryHistory {
  /** The last month ("yyyy-MM") paid for, so a new payment follows it; null before any. */
  lastPaidMonth: string | null;
  /** Months the State has already supported (at most 120 are: Decree 159/2025 Art. 5). */
  supportedMonths: number;
}

/** The person's paid voluntary BHXH so far; a period still running counts up to this month. */
export async function findVoluntaryHistory(db: SqlRunner, personId: string): Promise<VoluntaryHistory> {
  const [row] = await db.query<VoluntaryHistory>(
    `SELECT to_char(max(last_month), 'YYYY-MM') AS "lastPaidMonth",
            coalesce(sum(CASE WHEN employer_amount > 0
                         THEN (extract(year FROM last_month) - extract(year FROM from_month)) * 12
                              + extract(month FROM last_month) - extract(month FROM from_month) + 1
                         ELSE 0 END), 0)::int AS "supportedMonths"
     FROM (SELECT from_month, employer_amount,
                  coalesce(to_month, date_trunc('month', now())::date) AS last_month
           FROM participation_period
           WHERE person_id = $1 AND scheme = 'bhxh_voluntary' AND status = 'paid') p`,
    [personId],
  );
  return row ?? { lastPaidMonth: null, supportedMonths: 0 };
}

export interface NewVoluntaryPeriod {
  personId: string;
  id: string;
  /** "yyyy-MM", both inclusive. */
  fromMonth: string;
  toMonth: string;
  income: number;
  /** Percent, as the ledger writes rates ("22.000"). */
  rate: string;
  /** Per month: what the participant paid and what the State pays in support. */
  participantPays: number;
  stateSupport: number;
}

/**
 * A paid voluntary BHXH period. The ledger's employer columns hold the State's support: it is the
 * part of the contribution the participant does not pay, as the employer's part is for an employee.
 */
export async function insertVoluntaryPeriod(db: SqlRunner, period: NewVoluntaryPeriod): Promise<void> {
  await db.query(
    `INSERT INTO participation_period (person_id, id, scheme, from_month, to_month, salary_base, employee_rate,
       employer_rate, employee_amount, employer_amount, status)
     VALUES ($1, $2, 'bhxh_voluntary', $3, $4, $5, $6, '0.000', $7, $8, 'paid')`,
    [
      period.personId,
      period.id,
      `${period.fromMonth}-01`,
      `${period.toMonth}-01`,
      period.income,
      period.rate,
      period.participantPays,
      period.stateSupport,
    ],
  );
}

import { type Db, uuidv7 } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import { createTestHousehold } from "../../testing/household-fixture";
import { createTestPerson, type TestPerson } from "../../testing/person-fixture";
import { insertCard } from "../../testing/records-fixture";

/** The steps the payment tests share: a paid request, a household with cards, the sandbox's buttons. */
interface WithDb {
  db: Db;
}

let serial = 0;

/** A request written straight into the table, as the service-request routes leave it once submitted. */
export async function insertServiceRequest(
  t: WithDb,
  personId: string,
  request: {
    serviceCode: string;
    answers: Record<string, string | number | boolean>;
    status?: "draft" | "submitted" | "received" | "completed";
  },
): Promise<{ id: string; number: string | null }> {
  serial += 1;
  const status = request.status ?? "submitted";
  const number =
    status === "draft" ? null : `DV26${String(Date.now()).slice(-5)}${String(serial).padStart(3, "0")}`;
  const id = uuidv7();
  await t.db.query(
    `INSERT INTO service_request (person_id, id, number, service_code, office_code, status, answers, submission_key,
       submitted_at, due_on)
     VALUES ($1, $2, $3, $4, 'BHXH-79', $5, $6::jsonb, $7,
       CASE WHEN $3::text IS NULL THEN NULL ELSE now() END, CASE WHEN $3::text IS NULL THEN NULL ELSE current_date + 10 END)`,
    [personId, id, number, request.serviceCode, status, JSON.stringify(request.answers), uuidv7()],
  );
  return { id, number };
}

export const householdRenewal = (months = 12) => ({
  serviceCode: "household-renewal",
  answers: { months, consent: true },
});

export const voluntaryContribution = (income: number, months: number) => ({
  serviceCode: "voluntary-contribution",
  answers: { income, months, consent: true },
});

/**
 * The person and `others` more in one household, each with a household (GD) card valid to `validTo`.
 * Returns the members, the person first.
 */
export async function createCardedHousehold(
  t: WithDb,
  head: Pick<TestPerson, "id" | "bhxhNumber">,
  options: { others: number; validTo: string },
): Promise<Pick<TestPerson, "id" | "bhxhNumber">[]> {
  const others = [];
  for (let i = 0; i < options.others; i += 1) others.push(await createTestPerson(t));
  const members = [head, ...others];
  await createTestHousehold(t, members);
  for (const member of members) await insertHouseholdCard(t, member, { validTo: options.validTo });
  return members;
}

export async function insertHouseholdCard(
  t: WithDb,
  person: Pick<TestPerson, "id" | "bhxhNumber">,
  card: { validTo: string | null; groupCode?: string; status?: "active" | "expired" | "replaced" },
) {
  await insertCard(t, person, {
    groupCode: card.groupCode ?? "GD",
    printedLevel: 4,
    validFrom: "2025-01-01",
    validTo: card.validTo,
    fiveYearsFrom: null,
    issuedOn: "2025-01-01",
    status: card.status ?? "active",
  });
}

export async function cardEnds(t: WithDb, personId: string): Promise<{ validTo: string; status: string }[]> {
  return t.db.query(
    `SELECT to_char(valid_to, 'YYYY-MM-DD') AS "validTo", status FROM health_insurance_card
     WHERE person_id = $1 ORDER BY valid_to NULLS LAST, id`,
    [personId],
  );
}

export function postPayment(
  app: FastifyInstance,
  requestId: string,
  cookie: string | undefined,
  key = uuidv7(),
) {
  return app.inject({
    method: "POST",
    url: `/api/service-requests/${requestId}/payments`,
    payload: { idempotencyKey: key },
    headers: cookie ? { cookie } : {},
  });
}

/** The hidden fields of the sandbox page's form for one button. */
export async function sandboxForm(
  app: FastifyInstance,
  payUrl: string,
  outcome: "confirmed" | "failed" | "abandoned",
): Promise<Record<string, string>> {
  const page = await app.inject({ method: "GET", url: payUrl });
  if (page.statusCode !== 200) throw new Error(`sandbox page: ${page.statusCode} ${page.body}`);
  const form = page.body.split("<form ").find((f) => f.includes(`name="outcome" value="${outcome}"`));
  if (!form) throw new Error(`no "${outcome}" button on the sandbox page`);
  return Object.fromEntries([...form.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Presses a button of the sandbox page as a browser does: the form posted, url-encoded. */
export async function pressSandboxButton(
  app: FastifyInstance,
  payUrl: string,
  outcome: "confirmed" | "failed" | "abandoned",
) {
  return postCallback(app, await sandboxForm(app, payUrl, outcome));
}

export function postCallback(app: FastifyInstance, fields: Record<string, string>) {
  return app.inject({
    method: "POST",
    url: "/api/payments/callback/sandbox",
    payload: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

export async function paymentsOf(t: WithDb, requestId: string) {
  return t.db.query<{ status: string; amount: number; failureReason: string | null }>(
    `SELECT status, amount::float8 AS amount, failure_reason AS "failureReason" FROM payment
     WHERE request_id = $1 ORDER BY created_at, id`,
    [requestId],
  );
}

export async function requestStatus(t: WithDb, requestId: string): Promise<string | undefined> {
  const [row] = await t.db.query<{ status: string }>("SELECT status FROM service_request WHERE id = $1", [
    requestId,
  ]);
  return row?.status;
}

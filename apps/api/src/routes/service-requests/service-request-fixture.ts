import { randomUUID } from "node:crypto";
import { uuidv7 } from "@ansinh/db";
import type { TestApp } from "../../testing/build-test-app";
import { signedInStaff } from "../../testing/dossier-fixture";
import { createBareCitizen } from "../../testing/records-fixture";

/**
 * Public-service requests for the route tests, filed through the API itself so the tests cover what
 * a citizen really does; staff act on them through the API too.
 */
export const reissueBook = { serviceCode: "reissue-book", answers: { reason: "lost" } };

export function postRequest(t: TestApp, cookie: string | undefined, body: object) {
  return t.app.inject({
    method: "POST",
    url: "/api/service-requests",
    headers: cookie ? { cookie } : {},
    payload: body,
  });
}

/** A signed-in citizen who submitted one request (reissue of the BHXH book unless told otherwise). */
export async function citizenWithRequest(
  t: TestApp,
  request: { serviceCode: string; answers: object } = reissueBook,
) {
  const { citizen, cookie } = await createBareCitizen(t);
  const res = await postRequest(t, cookie, { ...request, submit: true, submissionKey: randomUUID() });
  if (res.statusCode !== 201) throw new Error(`filing failed: ${res.statusCode} ${res.body}`);
  return { citizen, cookie, request: res.json() as { id: string; number: string } };
}

/** A staff member of the office (Hồ Chí Minh City by default) with a role, signed in. */
export function officeStaff(
  t: TestApp,
  role: "reviewer" | "support" | "admin" | "data_officer" = "reviewer",
  officeCode = "BHXH-79",
) {
  return signedInStaff(t, `dv.${role}.${uuidv7().slice(-8)}`, { role, officeCode });
}

export function staffAction(t: TestApp, cookie: string | undefined, id: string, body: object) {
  return t.app.inject({
    method: "POST",
    url: `/api/staff/service-requests/${id}/actions`,
    headers: cookie ? { cookie } : {},
    payload: body,
  });
}

/** Moves a request through staff actions in order, failing loudly on any refusal. */
export async function walk(t: TestApp, cookie: string, id: string, actions: object[]) {
  for (const body of actions) {
    const res = await staffAction(t, cookie, id, body);
    if (res.statusCode !== 200) throw new Error(`action failed: ${res.statusCode} ${res.body}`);
  }
}

/** A pension paid last month: the person counts as a benefit recipient. */
export async function makeBenefitRecipient(t: TestApp, personId: string) {
  const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await t.db.query(
    `INSERT INTO benefit_payment (person_id, id, kind, decision_number, period_from, period_to, amount,
       paying_office_code, paid_on)
     VALUES ($1, $2, 'pension', '12/QĐ-BHXH', $3, NULL, 5000000, 'BHXH-79', $3)`,
    [personId, uuidv7(), lastMonth],
  );
}

/** The SMS texts sent to a phone, oldest first. */
export async function smsTo(t: TestApp, phone: string): Promise<string[]> {
  const rows = await t.db.query<{ text: string }>(
    "SELECT payload->>'text' AS text FROM outbox WHERE payload->>'to' = $1 ORDER BY created_at, id",
    [phone],
  );
  return rows.map((r) => r.text);
}

/** What a refused request must leave untouched: counts of everything a request writes. */
export async function writtenCounts(t: TestApp) {
  const [row] = await t.db.query<{ requests: number; events: number; notifications: number; outbox: number }>(
    `SELECT (SELECT count(*)::int FROM service_request) AS requests,
            (SELECT count(*)::int FROM service_request_event) AS events,
            (SELECT count(*)::int FROM citizen_notification) AS notifications,
            (SELECT count(*)::int FROM outbox) AS outbox`,
  );
  return row;
}

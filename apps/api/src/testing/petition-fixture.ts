import { randomUUID } from "node:crypto";
import { uuidv7 } from "@ansinh/db";
import type { StaffRole } from "@ansinh/domain";
import type { TestApp } from "./build-test-app";
import { signedInStaff } from "./dossier-fixture";
import { createBareCitizen } from "./records-fixture";
import { multipart } from "./registration-fixture";

/**
 * Petitions ("phản ánh, kiến nghị") for the route tests, sent through the API as the citizen app sends
 * them (multipart), and handled by staff through the API too.
 */
type PetitionFormFields = Record<string, string | Buffer | undefined>;

export const petitionContent = "Tôi nộp hồ sơ hưởng chế độ thai sản đã hơn một tháng mà chưa nhận được tiền.";

/** A valid form with a fresh submission key; override any field (undefined leaves it out). */
export function petitionForm(overrides: PetitionFormFields = {}): PetitionFormFields {
  return { submissionKey: randomUUID(), category: "benefit", content: petitionContent, ...overrides };
}

export async function postPetition(t: TestApp, cookie: string | undefined, fields: PetitionFormFields) {
  const { payload, headers } = await multipart(fields);
  return t.app.inject({
    method: "POST",
    url: "/api/help/petitions",
    payload,
    headers: { ...headers, ...(cookie ? { cookie } : {}) },
  });
}

interface PetitionJson {
  id: string;
  number: string;
  status: string;
  photoUrl: string | null;
  reply: string | null;
}

/** A signed-in citizen (of Hồ Chí Minh City, office BHXH-79) who sent one petition. */
export async function citizenWithPetition(t: TestApp, overrides: PetitionFormFields = {}) {
  const { citizen, cookie } = await createBareCitizen(t);
  const res = await postPetition(t, cookie, petitionForm(overrides));
  if (res.statusCode !== 201) throw new Error(`petition failed: ${res.statusCode} ${res.body}`);
  return { citizen, cookie, petition: res.json().petition as PetitionJson };
}

/** A staff member of the office (Hồ Chí Minh City by default) with a role, signed in. */
export function helpStaff(t: TestApp, role: StaffRole = "support", officeCode = "BHXH-79") {
  return signedInStaff(t, `pa.${role}.${uuidv7().slice(-8)}`, {
    role,
    officeCode,
    fullName: "Phạm Thị Hỗ Trợ",
  });
}

export function getAs(t: TestApp, cookie: string | undefined, url: string) {
  return t.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });
}

export function takePetition(t: TestApp, cookie: string | undefined, id: string) {
  return t.app.inject({
    method: "POST",
    url: `/api/staff/petitions/${id}/take`,
    headers: cookie ? { cookie } : {},
  });
}

export function answerPetition(t: TestApp, cookie: string | undefined, id: string, payload: object) {
  return t.app.inject({
    method: "POST",
    url: `/api/staff/petitions/${id}/answer`,
    headers: cookie ? { cookie } : {},
    payload,
  });
}

/** What a refused request must leave untouched: counts of everything a petition writes. */
export async function petitionCounts(t: TestApp) {
  const [row] = await t.db.query<{
    petitions: number;
    answered: number;
    documents: number;
    notifications: number;
    outbox: number;
  }>(
    `SELECT (SELECT count(*)::int FROM petition) AS petitions,
            (SELECT count(*)::int FROM petition WHERE status = 'answered') AS answered,
            (SELECT count(*)::int FROM document) AS documents,
            (SELECT count(*)::int FROM citizen_notification) AS notifications,
            (SELECT count(*)::int FROM outbox) AS outbox`,
  );
  return row;
}

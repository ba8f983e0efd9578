import { uuidv7 } from "@ansinh/db";
import { loadPopulation } from "@ansinh/db/synthetic";
import { compareVietnamese, foldVietnamese } from "@ansinh/domain";
import { solveChallenge } from "altcha-lib/v1";
import { expect } from "vitest";
import type { TestApp } from "./build-test-app";
import { testConfig } from "./build-test-app";
import { ensureReferenceData } from "./person-fixture";

let addresses = 0;

/**
 * A client address not used before in this test file: the look-ups are rate-limited per address, so
 * each request of a test that is not about the limits comes from a new one.
 */
export function freshAddress(): string {
  addresses += 1;
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
}

/** Fetches a challenge and solves it as the citizen app does; the `altcha` field of a person look-up. */
export async function solvedProofOfWork(t: Pick<TestApp, "app">): Promise<string> {
  const res = await t.app.inject({
    method: "GET",
    url: "/api/look-ups/challenge",
    remoteAddress: freshAddress(),
  });
  const challenge = res.json() as {
    algorithm: string;
    challenge: string;
    maxnumber: number;
    salt: string;
    signature: string;
  };
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  if (!solution) throw new Error("The test challenge could not be solved");
  const { algorithm, salt, signature } = challenge;
  return Buffer.from(
    JSON.stringify({ algorithm, challenge: challenge.challenge, number: solution.number, salt, signature }),
  ).toString("base64");
}

/**
 * POSTs a person look-up (`bhxh-number` or `household`) from a fresh address with a freshly solved
 * proof of work, unless the body brings its own `altcha` or the options an address.
 */
export async function postLookUp(
  t: Pick<TestApp, "app">,
  path: "bhxh-number" | "household",
  body: Record<string, unknown>,
  options: { remoteAddress?: string } = {},
) {
  const altcha = "altcha" in body ? body.altcha : await solvedProofOfWork(t);
  return t.app.inject({
    method: "POST",
    url: `/api/look-ups/${path}`,
    remoteAddress: options.remoteAddress ?? freshAddress(),
    payload: { ...body, altcha },
  });
}

/** GETs a look-up list from a fresh address. */
export function getList(t: Pick<TestApp, "app">, url: string) {
  return t.app.inject({ method: "GET", url: `/api/look-ups/${url}`, remoteAddress: freshAddress() });
}

/**
 * The synthetic country without persons: the reference data (offices…) and the generated employers,
 * facilities and collection points of every province, as `npm start` loads them.
 */
export async function loadLookUpWorld(t: Pick<TestApp, "db">) {
  await ensureReferenceData(t);
  await loadPopulation(t.db, { persons: 0, seed: "look-ups", asOf: "2026-01-15", keys: testConfig.keys });
}

let serial = 0;

/** A place of Hồ Chí Minh City (or elsewhere), near the city centre unless told otherwise. */
interface TestPlace {
  name: string;
  provinceCode?: string;
  commune?: string;
  latitude?: number;
  longitude?: number;
}

export async function addEmployer(
  t: Pick<TestApp, "db">,
  e: TestPlace & { taxCode?: string; unitCode?: string; status?: "active" | "suspended" | "closed" },
) {
  serial += 1;
  const row = {
    unitCode: e.unitCode ?? `TST${String(serial).padStart(3, "0")}X`,
    taxCode: e.taxCode ?? `9${String(serial).padStart(9, "0")}`,
  };
  await t.db.query(
    `INSERT INTO employer (id, unit_code, tax_code, name, name_folded, address, province_code, wage_region, office_code, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 1, 'BHXH-79', $8)`,
    [
      uuidv7(),
      row.unitCode,
      row.taxCode,
      e.name,
      foldVietnamese(e.name),
      `Số ${serial} đường Thử Nghiệm`,
      e.provinceCode ?? "79",
      e.status ?? "active",
    ],
  );
  return row;
}

export async function addFacility(
  t: Pick<TestApp, "db">,
  f: TestPlace & { level?: "initial" | "basic" | "specialised"; issuesSickLeave?: boolean },
) {
  const code = `9${String(serial + 1).padStart(4, "0")}`;
  await t.db.query(
    `INSERT INTO medical_facility (code, name, name_folded, level, issues_sick_leave, province_code, commune, address, latitude, longitude)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [code, f.name, foldVietnamese(f.name), f.level ?? "basic", f.issuesSickLeave ?? false, ...placeValues(f)],
  );
  return { code };
}

export async function addCollectionPoint(
  t: Pick<TestApp, "db">,
  c: TestPlace & { kind?: "point" | "agent" },
) {
  const code = `TEST${String(serial + 1).padStart(4, "0")}`;
  await t.db.query(
    `INSERT INTO collection_point (id, code, kind, name, name_folded, office_code, phone, province_code, commune, address, latitude, longitude)
     VALUES ($1, $2, $3, $4, $5, 'BHXH-79', '0281234567', $6, $7, $8, $9, $10)`,
    [uuidv7(), code, c.kind ?? "point", c.name, foldVietnamese(c.name), ...placeValues(c)],
  );
  return { code };
}

/** Province, commune, address, latitude and longitude of a new place (the next serial). */
function placeValues(place: TestPlace) {
  serial += 1;
  return [
    place.provinceCode ?? "79",
    place.commune ?? "Phường Bến Thành",
    `Số ${serial} đường Thử Nghiệm`,
    place.latitude ?? 10.7769,
    place.longitude ?? 106.7009,
  ];
}

/** A public list answered anonymously (no cookie set) with items of exactly these fields. */
export function expectPublicItems(
  res: { statusCode: number; headers: Record<string, unknown>; json(): { items: object[] } },
  fields: string[],
) {
  expect(res.statusCode).toBe(200);
  expect(res.headers["set-cookie"]).toBeUndefined();
  expect(res.json().items.length).toBeGreaterThan(0);
  for (const item of res.json().items) expect(Object.keys(item).sort()).toEqual([...fields].sort());
}

/** SQL and LIKE wildcards typed into a list's text fields match nothing: they are plain characters. */
export async function expectWildcardsMatchNothing(
  t: Pick<TestApp, "app">,
  urls: ((text: string) => string)[],
) {
  for (const text of [
    "' OR '1'='1",
    "%",
    "_",
    "%%",
    "_%_",
    "\\",
    "a' UNION SELECT password_hash FROM staff_user --",
  ]) {
    for (const url of urls) {
      const res = await getList(t, url(encodeURIComponent(text)));
      expect(res.statusCode, text).toBe(200);
      expect(res.json().total, `${url(text)}`).toBe(0);
    }
  }
}

/** POSTs a person look-up's form as given (no proof of work added), from a fresh address. */
export function postForm(t: Pick<TestApp, "app">, path: "bhxh-number" | "household", payload: unknown) {
  return t.app.inject({
    method: "POST",
    url: `/api/look-ups/${path}`,
    remoteAddress: freshAddress(),
    headers: { "content-type": "application/json" },
    payload: typeof payload === "string" ? payload : JSON.stringify(payload),
  });
}

/** The one answer to a proof of work that is missing, malformed, wrong, expired or used. */
export function expectProofOfWorkRefused(res: { statusCode: number; json(): { errors?: unknown } }) {
  expect(res.statusCode).toBe(400);
  expect(res.json().errors).toEqual([
    {
      field: "body.altcha",
      code: "proof_of_work",
      vi: "Không xác minh được bước kiểm tra bảo mật (có thể đã hết hạn hoặc đã được dùng). Vui lòng thử lại.",
      en: "The security check could not be verified (it may have expired or been used already). Please try again.",
    },
  ]);
}

/** A solved payload with some of its fields replaced, as a forger would try. */
export function tamperedPayload(altcha: string, change: Record<string, unknown>): string {
  const payload = JSON.parse(Buffer.from(altcha, "base64").toString("utf8")) as Record<string, unknown>;
  return Buffer.from(JSON.stringify({ ...payload, ...change })).toString("base64");
}

/** Names as a list returned them: in Vietnamese alphabetical order (compareVietnamese). */
export function expectVietnameseOrder(names: string[]) {
  expect(names).toEqual([...names].sort(compareVietnamese));
}

import { randomBytes } from "node:crypto";
import type { Db } from "@ansinh/db";
import { hashSessionToken } from "../../apps/api/src/auth/session-token";
import { rotate, runHttpBench, samplePercent } from "./million-persons";

const SAMPLE = 2_000;
const ENDPOINTS = ["/api/me/profile", "/api/me/card", "/api/me/history", "/api/me/visits"] as const;

/**
 * Citizens to sign in as: a random sample of persons with a card, given a bench account and a session
 * each (inserted directly: sign-in speed is the accounts bench's business). Removed afterwards.
 */
async function benchSessions(db: Db, population: number) {
  const persons = await db.query<{ id: string }>(
    `SELECT DISTINCT person_id AS id FROM health_insurance_card TABLESAMPLE BERNOULLI ($1) LIMIT $2`,
    [samplePercent(population, SAMPLE), SAMPLE],
  );
  const cookies: string[] = [];
  const created: string[] = [];
  for (const { id } of persons) {
    const token = randomBytes(32).toString("base64url");
    const [made] = await db.query<{ id: string }>(
      `INSERT INTO citizen_account (person_id, password_hash, must_change_password, status)
       VALUES ($1, 'bench', false, 'active') ON CONFLICT DO NOTHING RETURNING person_id AS id`,
      [id],
    );
    if (made) created.push(id);
    await db.query(
      `INSERT INTO session (token_hash, kind, person_id, expires_at) VALUES ($1, 'citizen', $2, now() + interval '1 hour')`,
      [hashSessionToken(token), id],
    );
    cookies.push(`ansinh_session=${token}`);
  }
  const cleanUp = async () => {
    await db.query("DELETE FROM session WHERE person_id = ANY($1::uuid[])", [persons.map((p) => p.id)]);
    await db.query("DELETE FROM citizen_account WHERE person_id = ANY($1::uuid[])", [created]);
  };
  return { cookies, cleanUp };
}

/**
 * The records issue's figures: for each records endpoint, requests/s and p50/p99 at 50 connections
 * over random citizens of the million-person population, beside a bare one-select route and
 * `pgbench -S` measured in the same run; with the queries each request ran.
 */
export function recordsBench(url: string) {
  return runHttpBench(url, {
    title: "Records",
    prepare: async (db, persons) => {
      const { cookies, cleanUp } = await benchSessions(db, persons);
      // The bare route gets the cookies too: cookie parsing is part of the floor.
      const withCookie = rotate(cookies.map((cookie) => ({ headers: { cookie } })));
      const endpoints = ENDPOINTS.map((path) => ({ label: path, next: () => ({ path, ...withCookie() }) }));
      return { bare: withCookie, endpoints, cleanUp };
    },
  });
}

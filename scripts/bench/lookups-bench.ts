import type { Db } from "@ansinh/db";
import { LOOK_UP_POLICY } from "../../apps/api/src/config";
import { rotate, runHttpBench, samplePercent } from "./million-persons";

const SAMPLE = 2_000;

/** The last two words of a folded name: what a person would type to find it ("phu thanh"). */
const lastWords = (folded: string) => folded.split(" ").slice(-2).join(" ");

/**
 * What the look-ups are asked, drawn from the population itself so that most questions find
 * something: persons typed half with and half without diacritics, employer and facility names by
 * their last two words, positions around the collection points.
 */
async function benchQuestions(db: Db, population: number) {
  const percent = samplePercent(population, SAMPLE);
  // About half the names as typed without diacritics: the registry's own folded name.
  const persons = await db.query<{ provinceCode: string; fullName: string; birthDate: string }>(
    `SELECT province_code AS "provinceCode",
            CASE WHEN random() < 0.5 THEN full_name ELSE name_folded END AS "fullName",
            to_char(birth_date, 'DD/MM/YYYY') AS "birthDate"
       FROM person TABLESAMPLE BERNOULLI ($1) WHERE birth_date IS NOT NULL LIMIT $2`,
    [percent, SAMPLE],
  );
  const employers = await db.query<{ name: string }>(
    "SELECT name_folded AS name FROM employer ORDER BY random() LIMIT $1",
    [SAMPLE],
  );
  const facilities = await db.query<{ name: string }>(
    "SELECT name_folded AS name FROM medical_facility ORDER BY random() LIMIT $1",
    [SAMPLE],
  );
  const provinces = await db.query<{ code: string }>("SELECT code FROM province WHERE kind = 'new'");
  const points = await db.query<{ latitude: number; longitude: number }>(
    "SELECT latitude, longitude FROM collection_point",
  );
  const jitter = () => (Math.random() - 0.5) * 0.2;
  return {
    persons,
    provinces: provinces.map((p) => p.code),
    employerTexts: employers.map((e) => lastWords(e.name)),
    facilityTexts: facilities.map((f) => lastWords(f.name)),
    positions: points.map(
      (p) => `${(p.latitude + jitter()).toFixed(4)},${(p.longitude + jitter()).toFixed(4)}`,
    ),
  };
}

/**
 * The look-ups issue's figures: requests/s and p50/p99 of each anonymous look-up at 50 connections
 * on the million-person population, beside the bare one-select route and `pgbench -S` of the same run.
 * The proof of work and the rate limits are turned off (LookUpPolicy, never so in a deployment): with
 * them on the bench would measure SHA-256 solving and 429s; what they add to an accepted request is
 * one HMAC and one INSERT (spent_proof_of_work) and an in-memory counter.
 */
export function lookUpsBench(url: string) {
  const get = (path: string) => ({ path: `/api/look-ups/${path}` });
  return runHttpBench(url, {
    title: "Look-ups",
    note: "proof of work and rate limits off by config: the look-ups themselves are measured",
    lookUps: { ...LOOK_UP_POLICY, proofOfWork: false },
    prepare: async (db, persons) => {
      const questions = await benchQuestions(db, persons);
      const endpoints = [
        {
          label: "POST /api/look-ups/bhxh-number",
          next: rotate(
            questions.persons.map((person) => ({
              method: "POST" as const,
              path: "/api/look-ups/bhxh-number",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ ...person, altcha: "" }),
            })),
          ),
        },
        {
          label: "GET /api/look-ups/offices?province=",
          next: rotate(questions.provinces.map((code) => get(`offices?province=${code}`))),
        },
        {
          label: "GET /api/look-ups/employers?q=<name>",
          next: rotate(questions.employerTexts.map((q) => get(`employers?q=${encodeURIComponent(q)}`))),
        },
        {
          label: "GET /api/look-ups/facilities?q=<name>",
          next: rotate(questions.facilityTexts.map((q) => get(`facilities?q=${encodeURIComponent(q)}`))),
        },
        {
          label: "GET /api/look-ups/collection-points?near=",
          next: rotate(questions.positions.map((near) => get(`collection-points?near=${near}`))),
        },
      ];
      return { bare: () => ({}), endpoints };
    },
  });
}

import type { SqlRunner } from "../../create-db";
import { type PersonRead, runPersonRead } from "./person-read";

/** A member of the person's household (sổ hộ khẩu), as the registry knows them. */
export interface HouseholdMember {
  bhxhNumber: string;
  fullName: string;
  birthYear: number;
  /** ISO date, or null when the registry holds only the year. */
  birthDate: string | null;
  /** Relation to the head of the household ("head", "spouse", "child"…). */
  relation: string | null;
  /** The person whose profile this is. */
  self: boolean;
}

/** "Thông tin cá nhân": the registry record, the account's phone and the household, in one query. */
export interface PersonProfile {
  personId: string;
  bhxhNumber: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
  sex: "male" | "female";
  nationalIdCipher: Uint8Array | null;
  /** The phone registered with the account, else the registry's. */
  phone: string | null;
  email: string | null;
  addressLine: string;
  commune: string;
  provinceName: string | null;
  household: { code: string; members: HouseholdMember[] } | null;
}

/** The row as it travels: bytea as base64 text, so that it reads the same from JSON (see PersonRead). */
interface ProfileRow extends Omit<PersonProfile, "household" | "nationalIdCipher"> {
  nationalIdCipher: string | null;
  householdCode: string | null;
  members: HouseholdMember[];
}

export const personProfileRead: PersonRead<ProfileRow, PersonProfile | undefined> = {
  sql: (person) =>
    `SELECT p.id AS "personId", p.bhxh_number AS "bhxhNumber", p.full_name AS "fullName",
            to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", p.birth_year AS "birthYear", p.sex,
            encode(p.national_id_cipher, 'base64') AS "nationalIdCipher", coalesce(a.phone, p.phone) AS phone, p.email,
            p.address_line AS "addressLine", p.commune, pr.name AS "provinceName", h.code AS "householdCode",
            (SELECT coalesce(json_agg(json_build_object(
                      'bhxhNumber', m.bhxh_number, 'fullName', m.full_name, 'birthYear', m.birth_year,
                      'birthDate', to_char(m.birth_date, 'YYYY-MM-DD'), 'relation', m.relation_to_head,
                      'self', m.id = p.id)
                    ORDER BY m.relation_to_head = 'head' DESC, m.birth_year, m.full_name, m.id), '[]'::json)
               FROM person m WHERE m.household_id = p.household_id) AS members
       FROM person p
       LEFT JOIN citizen_account a ON a.person_id = p.id
       LEFT JOIN province pr ON pr.kind = 'new' AND pr.code = p.province_code
       LEFT JOIN household h ON h.id = p.household_id
      WHERE p.id = ${person}`,
  map: ([row]) => (row ? profileOf(row) : undefined),
};

/** Field by field, like the other records reads: a rest-and-spread copy costs far more per request. */
const profileOf = (r: ProfileRow): PersonProfile => ({
  personId: r.personId,
  bhxhNumber: r.bhxhNumber,
  fullName: r.fullName,
  birthDate: r.birthDate,
  birthYear: r.birthYear,
  sex: r.sex,
  nationalIdCipher: r.nationalIdCipher === null ? null : Buffer.from(r.nationalIdCipher, "base64"),
  phone: r.phone,
  email: r.email,
  addressLine: r.addressLine,
  commune: r.commune,
  provinceName: r.provinceName,
  household: r.householdCode ? { code: r.householdCode, members: r.members } : null,
});

export function findPersonProfile(db: SqlRunner, personId: string): Promise<PersonProfile | undefined> {
  return runPersonRead(db, personId, personProfileRead);
}

/**
 * A person by BHXH number for a staff member of an office, and whether the person lives in the
 * office's province (only then may its staff look at their records).
 */
export async function findPersonForOffice(
  db: SqlRunner,
  query: { bhxhNumber: string; officeCode: string },
): Promise<{ personId: string; inOfficeProvince: boolean } | undefined> {
  const [row] = await db.query<{ personId: string; inOfficeProvince: boolean }>(
    `SELECT p.id AS "personId", coalesce(o.province_code = p.province_code, false) AS "inOfficeProvince"
       FROM person p LEFT JOIN office o ON o.code = $2
      WHERE p.bhxh_number = $1`,
    [query.bhxhNumber, query.officeCode],
  );
  return row;
}

/** Someone of the viewer's own household (never the viewer), with what decides whether they are a minor child. */
export interface HouseholdRelative {
  personId: string;
  birthDate: string | null;
  birthYear: number;
  /** The relative's relation to the head of the household. */
  relation: string | null;
  /** The viewer's relation to the head of the household. */
  viewerRelation: string | null;
}

export async function findHouseholdRelative(
  db: SqlRunner,
  query: { viewerPersonId: string; bhxhNumber: string },
): Promise<HouseholdRelative | undefined> {
  const [row] = await db.query<HouseholdRelative>(
    `SELECT c.id AS "personId", to_char(c.birth_date, 'YYYY-MM-DD') AS "birthDate", c.birth_year AS "birthYear",
            c.relation_to_head AS relation, v.relation_to_head AS "viewerRelation"
       FROM person v
       JOIN person c ON c.household_id = v.household_id AND c.id <> v.id
      WHERE v.id = $1 AND c.bhxh_number = $2`,
    [query.viewerPersonId, query.bhxhNumber],
  );
  return row;
}

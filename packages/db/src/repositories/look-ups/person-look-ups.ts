import type { SqlRunner } from "../../create-db";

/** A registry person who may be the one a "Tra cứu mã số BHXH" is about, and what matched exactly. */
export interface NumberCandidate {
  fullName: string;
  birthYear: number;
  bhxhNumber: string;
  /** The national ID number typed is this person's (compared by its keyed blind index). */
  nationalIdMatches: boolean;
  /** The full date of birth typed is the one the registry holds. */
  birthDateMatches: boolean;
}

/**
 * Persons of a (new) province with this folded name whose record agrees with what was typed: the
 * national ID (blind index), the full date of birth, or — for a record that holds only the year of
 * birth — that year. Those with an exact match come first; at most `limit` (person_province_name_idx).
 */
export function findNumberCandidates(
  db: SqlRunner,
  typed: {
    provinceCode: string;
    nameFolded: string;
    nationalIdIndex: string | null;
    /** ISO date. */
    birthDate: string | null;
    limit: number;
  },
): Promise<NumberCandidate[]> {
  return db.query<NumberCandidate>(
    `SELECT full_name AS "fullName", birth_year AS "birthYear", bhxh_number AS "bhxhNumber",
            coalesce(national_id_index = $3, false) AS "nationalIdMatches",
            coalesce(birth_date = $4::date, false) AS "birthDateMatches"
       FROM person
      WHERE province_code = $1 AND name_folded = $2
        AND (national_id_index = $3 OR birth_date = $4::date
             OR (birth_date IS NULL AND birth_year = extract(year FROM $4::date)))
      ORDER BY coalesce(national_id_index = $3, false) OR coalesce(birth_date = $4::date, false) DESC,
               birth_year, bhxh_number
      LIMIT $5`,
    [typed.provinceCode, typed.nameFolded, typed.nationalIdIndex, typed.birthDate, typed.limit],
  );
}

/** A member of a household (sổ hộ khẩu) as the public household look-up shows it, before masking. */
export interface HouseholdListMember {
  fullName: string;
  birthYear: number;
  relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other" | null;
}

/**
 * The members of the household of the person with this BHXH number *and* this folded name, the head
 * first, then by year of birth; none when either does not match or the person has no household.
 */
export function findHouseholdMembers(
  db: SqlRunner,
  typed: { bhxhNumber: string; nameFolded: string; limit: number },
): Promise<HouseholdListMember[]> {
  return db.query<HouseholdListMember>(
    `SELECT m.full_name AS "fullName", m.birth_year AS "birthYear", m.relation_to_head AS relation
       FROM person p
       JOIN person m ON m.household_id = p.household_id
      WHERE p.bhxh_number = $1 AND p.name_folded = $2
      ORDER BY m.relation_to_head = 'head' DESC NULLS LAST, m.birth_year, m.bhxh_number
      LIMIT $3`,
    [typed.bhxhNumber, typed.nameFolded, typed.limit],
  );
}

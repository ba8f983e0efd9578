import type { SqlRunner } from "../../create-db";
import { type PersonRead, runPersonRead } from "./person-read";

export type StoredCardStatus = "active" | "expired" | "replaced" | "revoked";

/** "Thẻ BHYT": the person's current card with its facility and group names, and its holder. */
export interface CurrentCard {
  cardNumber: string;
  cardCode: string;
  groupCode: string;
  groupNameVi: string | null;
  printedLevel: number;
  /** Old-list province of the issuing office (characters 4–5 of the card code). */
  provinceCode: string;
  facilityCode: string;
  facilityName: string | null;
  validFrom: string;
  validTo: string | null;
  fiveYearsFrom: string | null;
  issuedOn: string;
  status: StoredCardStatus;
  holder: {
    bhxhNumber: string;
    fullName: string;
    birthDate: string | null;
    birthYear: number;
    sex: "male" | "female";
    addressLine: string;
    commune: string;
    provinceName: string | null;
  };
}

interface CardRow extends Omit<CurrentCard, "holder"> {
  bhxhNumber: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
  sex: "male" | "female";
  addressLine: string;
  commune: string;
  provinceName: string | null;
}

/**
 * The card in force: an active one before any other, then the one valid from the latest day. A person
 * holds a handful of cards over a life, all read by the (person_id, id) key.
 */
export const currentCardRead: PersonRead<CardRow, CurrentCard | undefined> = {
  sql: (person) =>
    `SELECT c.card_number AS "cardNumber", c.card_code AS "cardCode", c.group_code AS "groupCode",
            g.name_vi AS "groupNameVi", c.printed_level AS "printedLevel", c.province_code AS "provinceCode",
            c.facility_code AS "facilityCode", f.name AS "facilityName",
            to_char(c.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(c.valid_to, 'YYYY-MM-DD') AS "validTo",
            to_char(c.five_years_from, 'YYYY-MM-DD') AS "fiveYearsFrom",
            to_char(c.issued_on, 'YYYY-MM-DD') AS "issuedOn", c.status,
            p.bhxh_number AS "bhxhNumber", p.full_name AS "fullName",
            to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", p.birth_year AS "birthYear", p.sex,
            p.address_line AS "addressLine", p.commune, pr.name AS "provinceName"
       FROM person p
       JOIN health_insurance_card c ON c.person_id = p.id
       LEFT JOIN health_insurance_group g ON g.code = c.group_code
       LEFT JOIN medical_facility f ON f.code = c.facility_code
       LEFT JOIN province pr ON pr.kind = 'new' AND pr.code = p.province_code
      WHERE p.id = ${person} AND c.person_id = ${person}
      ORDER BY c.status = 'active' DESC, c.valid_from DESC, c.issued_on DESC, c.id DESC
      LIMIT 1`,
  map: ([row]) => {
    if (!row) return undefined;
    const { bhxhNumber, fullName, birthDate, birthYear, sex, addressLine, commune, provinceName, ...card } =
      row;
    return {
      ...card,
      holder: { bhxhNumber, fullName, birthDate, birthYear, sex, addressLine, commune, provinceName },
    };
  },
};

export function findCurrentCard(db: SqlRunner, personId: string): Promise<CurrentCard | undefined> {
  return runPersonRead(db, personId, currentCardRead);
}

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
 * holds a handful of cards over a life, all read by the (person_id, id) key. The card is chosen first
 * and its names looked up after, by key: joining the small name tables before the sort made
 * PostgreSQL hash them on every request (about 40 µs of its CPU in a card request of 175 µs).
 */
export const currentCardRead: PersonRead<CardRow, CurrentCard | undefined> = {
  sql: (person) =>
    `SELECT c.card_number AS "cardNumber", c.card_code AS "cardCode", c.group_code AS "groupCode",
            (SELECT g.name_vi FROM health_insurance_group g WHERE g.code = c.group_code) AS "groupNameVi",
            c.printed_level AS "printedLevel", c.province_code AS "provinceCode",
            c.facility_code AS "facilityCode",
            (SELECT f.name FROM medical_facility f WHERE f.code = c.facility_code) AS "facilityName",
            to_char(c.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(c.valid_to, 'YYYY-MM-DD') AS "validTo",
            to_char(c.five_years_from, 'YYYY-MM-DD') AS "fiveYearsFrom",
            to_char(c.issued_on, 'YYYY-MM-DD') AS "issuedOn", c.status,
            p.bhxh_number AS "bhxhNumber", p.full_name AS "fullName",
            to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", p.birth_year AS "birthYear", p.sex,
            p.address_line AS "addressLine", p.commune,
            (SELECT pr.name FROM province pr WHERE pr.kind = 'new' AND pr.code = p.province_code) AS "provinceName"
       FROM (SELECT * FROM health_insurance_card WHERE person_id = ${person}
              ORDER BY status = 'active' DESC, valid_from DESC, issued_on DESC, id DESC
              LIMIT 1) c
       JOIN person p ON p.id = c.person_id`,
  map: ([row]) => (row ? cardOf(row) : undefined),
};

/** Field by field, like the other records reads: a rest-and-spread copy costs far more per request. */
const cardOf = (r: CardRow): CurrentCard => ({
  cardNumber: r.cardNumber,
  cardCode: r.cardCode,
  groupCode: r.groupCode,
  groupNameVi: r.groupNameVi,
  printedLevel: r.printedLevel,
  provinceCode: r.provinceCode,
  facilityCode: r.facilityCode,
  facilityName: r.facilityName,
  validFrom: r.validFrom,
  validTo: r.validTo,
  fiveYearsFrom: r.fiveYearsFrom,
  issuedOn: r.issuedOn,
  status: r.status,
  holder: {
    bhxhNumber: r.bhxhNumber,
    fullName: r.fullName,
    birthDate: r.birthDate,
    birthYear: r.birthYear,
    sex: r.sex,
    addressLine: r.addressLine,
    commune: r.commune,
    provinceName: r.provinceName,
  },
});

export function findCurrentCard(db: SqlRunner, personId: string): Promise<CurrentCard | undefined> {
  return runPersonRead(db, personId, currentCardRead);
}

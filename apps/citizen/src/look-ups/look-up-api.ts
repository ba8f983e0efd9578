/**
 * The anonymous look-ups API (/api/look-ups, see issue #6) as the citizen app reads it. The readers
 * check the outline of each answer, so that a reply of another shape shows "could not be done" rather
 * than a broken page, and trust the server for the rest.
 */

export const lookUpApi = {
  challenge: "/api/look-ups/challenge",
  bhxhNumber: "/api/look-ups/bhxh-number",
  household: "/api/look-ups/household",
  offices: "/api/look-ups/offices",
  employers: "/api/look-ups/employers",
  collectionPoints: "/api/look-ups/collection-points",
  facilities: "/api/look-ups/facilities",
} as const;

type Bilingual = Readonly<{ vi: string; en: string }>;

/** A person found by the number look-up: masked, with the number only where the server revealed it. */
export interface Candidate {
  maskedName: string;
  birthYear: number;
  bhxhNumber: string | null;
}

interface HouseholdMember {
  maskedName: string;
  birthYear: number;
  relation: Bilingual | null;
}

export interface Office {
  code: string;
  name: string;
  level: "province" | "grassroots";
  address: string;
  phone: string;
  email: string;
  provinceCode: string;
}

export interface Employer {
  unitCode: string;
  taxCode: string;
  name: string;
  address: string;
  provinceCode: string;
}

export interface CollectionPoint {
  code: string;
  kind: "point" | "agent";
  name: string;
  address: string;
  commune: string;
  provinceCode: string;
  phone: string;
  latitude: number | null;
  longitude: number | null;
  distanceKm: number | null;
}

export type FacilityLevel = "initial" | "basic" | "specialised";

export interface Facility {
  code: string;
  name: string;
  level: FacilityLevel;
  issuesSickLeave: boolean;
  address: string;
  commune: string;
  provinceCode: string;
}

/** One page of a list: `page` starts at 1. */
export interface ListPage<Item> {
  items: Item[];
  page: number;
  pageSize: number;
  total: number;
}

type Fields = Readonly<Record<string, unknown>>;

function fieldsOf(value: unknown): Fields | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

/** The value's string fields (null and absent read as ""), or null unless `required` are non-empty. */
function stringsOf<Key extends string>(
  value: Fields,
  keys: readonly Key[],
  required: readonly Key[],
): Record<Key, string> | null {
  const strings = Object.fromEntries(
    keys.map((key) => [key, typeof value[key] === "string" ? value[key] : ""]),
  ) as Record<Key, string>;
  return required.every((key) => strings[key] !== "") ? strings : null;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function bilingualOf(value: unknown): Bilingual | null {
  const fields = fieldsOf(value);
  return fields && typeof fields.vi === "string" && typeof fields.en === "string"
    ? { vi: fields.vi, en: fields.en }
    : null;
}

/** The list under `key` of a body, each entry read by `read` (entries it refuses are left out). */
function listOf<Item>(body: unknown, key: string, read: (fields: Fields) => Item | null): Item[] | null {
  const list = fieldsOf(body)?.[key];
  if (!Array.isArray(list)) return null;
  return list.flatMap((entry: unknown) => {
    const fields = fieldsOf(entry);
    const item = fields && read(fields);
    return item ? [item] : [];
  });
}

/** A masked person: the name and the year of birth every answer about people has. */
function maskedPerson(fields: Fields): { maskedName: string; birthYear: number } | null {
  const birthYear = numberOrNull(fields.birthYear);
  const maskedName = typeof fields.maskedName === "string" ? fields.maskedName : "";
  return maskedName !== "" && birthYear !== null ? { maskedName, birthYear } : null;
}

export function readCandidates(body: unknown): Candidate[] | null {
  return listOf(body, "candidates", (fields) => {
    const person = maskedPerson(fields);
    if (!person) return null;
    const number = fields.bhxhNumber;
    return { ...person, bhxhNumber: typeof number === "string" && number !== "" ? number : null };
  });
}

export function readMembers(body: unknown): HouseholdMember[] | null {
  return listOf(body, "members", (fields) => {
    const person = maskedPerson(fields);
    return person && { ...person, relation: bilingualOf(fields.relation) };
  });
}

export function readOffice(fields: Fields): Office | null {
  const strings = stringsOf(
    fields,
    ["code", "name", "address", "phone", "email", "provinceCode"],
    ["code", "name"],
  );
  return strings && { ...strings, level: fields.level === "province" ? "province" : "grassroots" };
}

export function readEmployer(fields: Fields): Employer | null {
  return stringsOf(fields, ["unitCode", "taxCode", "name", "address", "provinceCode"], ["unitCode", "name"]);
}

export function readCollectionPoint(fields: Fields): CollectionPoint | null {
  const strings = stringsOf(
    fields,
    ["code", "name", "address", "commune", "provinceCode", "phone"],
    ["code", "name"],
  );
  return (
    strings && {
      ...strings,
      kind: fields.kind === "agent" ? "agent" : "point",
      latitude: numberOrNull(fields.latitude),
      longitude: numberOrNull(fields.longitude),
      distanceKm: numberOrNull(fields.distanceKm),
    }
  );
}

const facilityLevels: readonly FacilityLevel[] = ["initial", "basic", "specialised"];

export function readFacility(fields: Fields): Facility | null {
  const strings = stringsOf(fields, ["code", "name", "address", "commune", "provinceCode"], ["code", "name"]);
  const level = facilityLevels.find((known) => known === fields.level);
  return strings && level ? { ...strings, level, issuesSickLeave: fields.issuesSickLeave === true } : null;
}

/** A page of a list answer, each item read by `read`; null unless it has items and its counts. */
export function readListPage<Item>(
  body: unknown,
  read: (fields: Fields) => Item | null,
): ListPage<Item> | null {
  const items = listOf(body, "items", read);
  const fields = fieldsOf(body);
  const page = numberOrNull(fields?.page);
  const pageSize = numberOrNull(fields?.pageSize);
  const total = numberOrNull(fields?.total);
  if (!items || page === null || pageSize === null || total === null || pageSize < 1) return null;
  return { items, page, pageSize, total };
}

/** The list's URL with the criteria that are set (empty ones are left out) and the page. */
export function listUrl(path: string, criteria: Readonly<Record<string, string>>, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(criteria)) {
    const text = value.trim();
    if (text !== "") query.set(name, text);
  }
  query.set("page", String(page));
  return `${path}?${query.toString()}`;
}

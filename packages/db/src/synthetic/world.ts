import { makeTaxCode, newProvinces, offices, oldProvinces } from "@ansinh/domain";
import { uuidv7 } from "../uuidv7";
import type { Random } from "./random";
import { businessTrades, businessWords, placeWords, provinceCentres, streetNames } from "./vocabulary";

/**
 * The fixed part of the synthetic country: employers, medical facilities and collection points in
 * every province. Persons are generated afterwards and point into it.
 */
interface Place {
  provinceCode: string;
  commune: string;
  address: string;
  latitude: number;
  longitude: number;
}

export interface Employer extends Place {
  id: string;
  unitCode: string;
  taxCode: string;
  name: string;
  /** Public bodies give their staff HC cards; enterprises DN. */
  sector: "enterprise" | "public";
  wageRegion: 1 | 2 | 3 | 4;
  officeCode: string;
  status: "active" | "suspended" | "closed";
}

export interface Facility extends Place {
  code: string;
  /** Old (63-list) province code: the first two characters of the facility code. */
  oldProvinceCode: string;
  name: string;
  level: "initial" | "basic" | "specialised";
  issuesSickLeave: boolean;
}

export interface CollectionPoint extends Place {
  id: string;
  code: string;
  kind: "point" | "agent";
  name: string;
  officeCode: string;
  phone: string;
}

export interface World {
  employers: Employer[];
  employersByProvince: Map<string, Employer[]>;
  facilities: Facility[];
  /** Primary-care facilities per old province, where cards are registered. */
  primaryCareByOldProvince: Map<string, Facility[]>;
  collectionPoints: CollectionPoint[];
  grassrootsOffices: Map<string, string[]>;
}

/** Large cities get more employers and higher minimum-wage regions. */
const CITY_WEIGHT: Record<string, number> = {
  "01": 8,
  "79": 10,
  "31": 3,
  "48": 3,
  "75": 3,
  "24": 2,
  "92": 2,
};

export function buildWorld(random: Random, employerCount: number): World {
  const grassrootsOffices = new Map<string, string[]>();
  for (const office of offices) {
    if (office.level !== "grassroots") continue;
    grassrootsOffices.set(office.provinceCode, [
      ...(grassrootsOffices.get(office.provinceCode) ?? []),
      office.code,
    ]);
  }
  const officeFor = (provinceCode: string) =>
    random.pick(grassrootsOffices.get(provinceCode) ?? [`BHXH-${provinceCode}`]);

  const provinceWeights = newProvinces.map((p) => [p.code, CITY_WEIGHT[p.code] ?? 1] as const);
  const employers: Employer[] = [];
  const employersByProvince = new Map<string, Employer[]>();
  for (let i = 0; i < employerCount; i++) {
    const provinceCode = random.weighted(provinceWeights);
    const sector = random.chance(0.12) ? "public" : "enterprise";
    const name =
      sector === "public"
        ? `${random.pick(["Ủy ban nhân dân xã", "Trường Tiểu học", "Trường THCS", "Trung tâm Y tế xã"])} ${random.pick(placeWords)}`
        : `${random.pick(["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV"])} ${random.pick(businessTrades)} ${random.pick(businessWords)}`;
    const employer: Employer = {
      id: uuidv7(),
      unitCode: unitCode(i),
      taxCode: taxCodeFrom(100_000_000 + i * 10),
      name,
      sector,
      wageRegion: CITY_WEIGHT[provinceCode]
        ? random.weighted([
            [1, 6],
            [2, 3],
            [3, 1],
          ] as const)
        : random.weighted([
            [2, 2],
            [3, 4],
            [4, 4],
          ] as const),
      officeCode: officeFor(provinceCode),
      status: random.weighted([
        ["active", 94],
        ["suspended", 3],
        ["closed", 3],
      ] as const),
      ...place(random, provinceCode),
    };
    employers.push(employer);
    employersByProvince.set(provinceCode, [...(employersByProvince.get(provinceCode) ?? []), employer]);
  }

  const facilities: Facility[] = [];
  const primaryCareByOldProvince = new Map<string, Facility[]>();
  for (const old of oldProvinces) {
    const newCode = newProvinces.find((p) => p.mergedFrom.includes(old.code))?.code ?? old.code;
    const made = facilitiesOf(random, old.code, old.name, newCode);
    facilities.push(...made);
    primaryCareByOldProvince.set(
      old.code,
      made.filter((f) => f.level !== "specialised"),
    );
  }

  const collectionPoints: CollectionPoint[] = [];
  for (const province of newProvinces) {
    for (let n = 1; n <= 8; n++) {
      const kind = n <= 3 ? "point" : "agent";
      const at = place(random, province.code);
      collectionPoints.push({
        id: uuidv7(),
        code: `${kind === "point" ? "DT" : "DL"}${province.code}${String(n).padStart(3, "0")}`,
        kind,
        name:
          kind === "point"
            ? `Điểm thu Bưu điện ${at.commune}`
            : `Đại lý thu ${random.pick(["Hợp tác xã", "Hộ kinh doanh", "Tổ dịch vụ"])} ${random.pick(placeWords)}`,
        officeCode: officeFor(province.code),
        phone: `02${random.digits(9)}`,
        ...at,
      });
    }
  }
  return {
    employers,
    employersByProvince,
    facilities,
    primaryCareByOldProvince,
    collectionPoints,
    grassrootsOffices,
  };
}

function facilitiesOf(random: Random, oldCode: string, oldName: string, newCode: string): Facility[] {
  const make = (n: number, name: string, level: Facility["level"], issuesSickLeave: boolean): Facility => ({
    code: `${oldCode}${String(n).padStart(3, "0")}`,
    oldProvinceCode: oldCode,
    name,
    level,
    issuesSickLeave,
    ...place(random, newCode),
  });
  const list = [
    make(1, `Bệnh viện Đa khoa ${oldName}`, "specialised", true),
    make(2, `Bệnh viện Sản - Nhi ${oldName}`, "specialised", true),
  ];
  for (let n = 3; n <= 6; n++)
    list.push(make(n, `Trung tâm Y tế khu vực ${random.pick(placeWords)}`, "basic", true));
  for (let n = 7; n <= 9; n++)
    list.push(make(n, `Phòng khám Đa khoa ${random.pick(businessWords)}`, "basic", n === 7));
  for (let n = 10; n <= 15; n++)
    list.push(make(n, `Trạm Y tế xã ${random.pick(placeWords)}`, "initial", false));
  return list;
}

function place(random: Random, provinceCode: string): Place {
  const [lat, lng] = provinceCentres[provinceCode] ?? [16, 107];
  const commune = `${random.pick(["Phường", "Xã"])} ${random.pick(placeWords)}`;
  return {
    provinceCode,
    commune,
    address: `Số ${random.int(1, 399)} đường ${random.pick(streetNames)}, ${commune}`,
    latitude: round(lat + (random.float() - 0.5) * 0.5),
    longitude: round(lng + (random.float() - 0.5) * 0.5),
  };
}

/**
 * Enterprise tax codes are 10 digits whose last one is a check digit; about one prefix in eleven has
 * none, so the first valid prefix from `start` is used. Distinct starts ten apart stay unique.
 */
export function taxCodeFrom(start: number): string {
  if (!Number.isInteger(start) || start < 0 || start > 999_999_990)
    throw new RangeError(`Not a 9-digit tax code prefix: ${start}`);
  for (let n = start; ; n++) {
    try {
      return makeTaxCode(String(n).padStart(9, "0"));
    } catch {
      // This prefix has no valid check digit: take the next one.
    }
  }
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** VSS unit codes look like "TZH490L": three letters, three digits, a letter; unique per index. */
function unitCode(index: number): string {
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  return `${letter(index)}${letter(Math.floor(index / 26))}${letter(Math.floor(index / 676))}${String(index % 1000).padStart(3, "0")}${letter(Math.floor(index / 17576))}`;
}

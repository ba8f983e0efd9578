import { type BirthDate, foldVietnamese, type IsoDate, makeCccd } from "@ansinh/domain";
import type { FieldCipher } from "../crypto/field-cipher";
import type { Random } from "./random";
import { familyNames, givenNames, middleNames } from "./vocabulary";

export type Sex = "male" | "female";

/**
 * Hands out identifiers that must be unique across the whole population: BHXH numbers (old province
 * code + 8 digits, as observed on real books), national ID serials, household codes. Numbers used by
 * the named demo persons are reserved so the random population never takes them.
 */
export class IdentityAllocator {
  private bhxhCounters = new Map<string, number>();
  private idSerials = new Map<string, number>();
  private households = 0;

  constructor(private readonly reserved: ReadonlySet<string> = new Set()) {}

  bhxhNumber(oldProvinceCode: string): string {
    for (;;) {
      const n = (this.bhxhCounters.get(oldProvinceCode) ?? 0) + 1;
      this.bhxhCounters.set(oldProvinceCode, n);
      // Multiplying by a number coprime with 10^8 permutes the 8-digit space: unique, not sequential.
      const body = String((n * 7_919) % 100_000_000).padStart(8, "0");
      const number = `${oldProvinceCode}${body}`;
      if (!this.reserved.has(number)) return number;
    }
  }

  /** A 12-digit personal ID whose province, sex, century and year agree with the person. */
  cccd(birthProvinceCode: string, sex: Sex, birthYear: number): string {
    for (;;) {
      const key = `${birthProvinceCode}${sex}${birthYear}`;
      const serial = (this.idSerials.get(key) ?? 0) + 1;
      this.idSerials.set(key, serial);
      const id = makeCccd({
        provinceCode: birthProvinceCode,
        sex,
        birthYear,
        serial: (serial * 7_717) % 1_000_000,
      });
      if (!this.reserved.has(id)) return id;
    }
  }

  /** A 9-digit ID card number of the old kind, for records that never moved to the 12-digit one. */
  cmnd(provinceCode: string): string {
    const n = (this.idSerials.get(`cmnd${provinceCode}`) ?? 0) + 1;
    this.idSerials.set(`cmnd${provinceCode}`, n);
    return `${provinceCode}${String((n * 7_717) % 10_000_000).padStart(7, "0")}`;
  }

  householdCode(newProvinceCode: string): string {
    this.households++;
    return `${newProvinceCode}${String(this.households).padStart(8, "0")}`;
  }
}

export function randomName(random: Random, sex: Sex, familyName = random.weighted(familyNames)): string {
  return `${familyName} ${random.pick(middleNames[sex])} ${random.pick(givenNames[sex])}`;
}

interface NationalId {
  kind: "cccd" | "cmnd";
  cipher: Uint8Array;
  index: string;
}

export function sealNationalId(cipher: FieldCipher, kind: "cccd" | "cmnd", value: string): NationalId {
  return { kind, cipher: cipher.encrypt(value), index: cipher.blindIndex(value) };
}

/** Registry records from before the 1970s often carry only the birth year. Never after `asOf`. */
export function randomBirth(random: Random, year: number, asOf: IsoDate): BirthDate {
  const yearOnly = year < 1960 ? random.chance(0.2) : random.chance(0.01);
  if (yearOnly) return { year };
  const thisYear = year === Number(asOf.slice(0, 4));
  const month = random.int(1, thisYear ? Number(asOf.slice(5, 7)) : 12);
  const lastDay =
    thisYear && month === Number(asOf.slice(5, 7)) ? Number(asOf.slice(8, 10)) : month === 2 ? 28 : 30;
  return { year, month, day: random.int(1, lastDay) };
}

export function emailFor(random: Random, fullName: string): string {
  const parts = foldVietnamese(fullName).split(" ");
  return `${parts.at(-1)}.${parts[0]}${random.int(10, 9999)}@example.com`;
}

export function mobileNumber(random: Random): string {
  return `0${random.pick(["3", "5", "7", "8", "9"])}${random.digits(8)}`;
}

import {
  ageOn,
  type BirthDate,
  earliestDayOf,
  foldVietnamese,
  type IsoDate,
  newProvinces,
} from "@ansinh/domain";
import type { FieldCipher } from "../crypto/field-cipher";
import { uuidv7 } from "../uuidv7";
import {
  emailFor,
  type IdentityAllocator,
  mobileNumber,
  randomBirth,
  randomName,
  type Sex,
  sealNationalId,
} from "./identities";
import { type LifeSubject, writeLife } from "./lives";
import type { Random } from "./random";
import type { TableBuffers } from "./tables";
import { placeWords, streetNames } from "./vocabulary";
import type { World } from "./world";

/** Rough population weights of the 34 provinces (the two big cities dominate). */
const POPULATION_WEIGHT: Record<string, number> = {
  "79": 14,
  "01": 8.5,
  "25": 4,
  "37": 4,
  "38": 3.7,
  "40": 3.5,
  "31": 4,
  "75": 4.5,
  "24": 3.5,
  "52": 3.5,
  "82": 4,
  "86": 4,
  "91": 4.8,
  "92": 4,
};
const MOUNTAIN_PROVINCES = new Set(["04", "08", "11", "12", "14", "15", "20"]);

interface Member {
  sex: Sex;
  birthYear: number;
  relation: "head" | "spouse" | "child" | "parent";
  familyName?: string;
}

interface HouseholdContext {
  random: Random;
  world: World;
  ids: IdentityAllocator;
  cipher: FieldCipher;
  asOf: IsoDate;
}

/** Writes one household with its members' whole lives; returns how many persons it held. */
export function writeHousehold(t: TableBuffers, ctx: HouseholdContext): number {
  const { random, asOf } = ctx;
  const province = random.weighted(newProvinces.map((p) => [p, POPULATION_WEIGHT[p.code] ?? 2] as const));
  const thisYear = Number(asOf.slice(0, 4));
  const members = composeHousehold(random, thisYear);
  const household = {
    id: uuidv7(),
    poor: random.chance(0.04),
    nearPoor: random.chance(0.05),
    ethnicMinorityArea: MOUNTAIN_PROVINCES.has(province.code) && random.chance(0.4),
  };
  const commune = `${random.pick(["Phường", "Xã"])} ${random.pick(placeWords)}`;
  const addressLine = `Số ${random.int(1, 300)} đường ${random.pick(streetNames)}`;
  const headFamily = randomName(random, "male").split(" ")[0] as string;
  const personIds = members.map(() => uuidv7());
  t.household.add([
    household.id,
    ctx.ids.householdCode(province.code),
    personIds[0] ?? null,
    province.code,
    `${addressLine}, ${commune}`,
  ]);

  members.forEach((member, i) => {
    const id = personIds[i] as string;
    const origin = random.pick(province.mergedFrom);
    const birth: BirthDate = randomBirth(random, member.birthYear, asOf);
    const fullName = randomName(random, member.sex, member.relation === "child" ? headFamily : undefined);
    const age = ageOn(birth, asOf);
    // Very old records may carry only the 9-digit ID card of the past.
    const legacy = member.birthYear < 1955 && random.chance(0.3);
    const idNumber = legacy ? ctx.ids.cmnd(origin) : ctx.ids.cccd(origin, member.sex, member.birthYear);
    const nationalId = sealNationalId(ctx.cipher, legacy ? "cmnd" : "cccd", idNumber);
    const bhxhNumber = ctx.ids.bhxhNumber(origin);
    t.person.add([
      id,
      bhxhNumber,
      fullName,
      foldVietnamese(fullName),
      member.birthYear,
      birth.day ? earliestDayOf(birth) : null,
      member.sex,
      nationalId.kind,
      nationalId.cipher,
      nationalId.index,
      age >= 16 && random.chance(0.93) ? mobileNumber(random) : null,
      age >= 18 && age < 55 && random.chance(0.3) ? emailFor(random, fullName) : null,
      province.code,
      commune,
      addressLine,
      origin,
      household.id,
      member.relation,
    ]);
    const subject: LifeSubject = {
      id,
      bhxhNumber,
      sex: member.sex,
      birth,
      newProvinceCode: province.code,
      oldProvinceCode: origin,
      household,
      memberOrder: i + 1,
    };
    writeLife(t, random, ctx.world, subject, asOf);
  });
  return members.length;
}

/** A head, often a spouse, children whose ages fit the parents, sometimes an elderly parent. */
function composeHousehold(random: Random, thisYear: number): Member[] {
  const headAge = random.weighted([
    [random.int(20, 34), 30],
    [random.int(35, 54), 40],
    [random.int(55, 74), 22],
    [random.int(75, 95), 8],
  ] as const);
  const headSex: Sex = random.chance(0.7) ? "male" : "female";
  const members: Member[] = [{ sex: headSex, birthYear: thisYear - headAge, relation: "head" }];
  if (headAge >= 22 && random.chance(0.75)) {
    members.push({
      sex: headSex === "male" ? "female" : "male",
      birthYear: thisYear - Math.max(18, headAge + random.int(-5, 3)),
      relation: "spouse",
    });
  }
  if (headAge >= 21) {
    const children = random.weighted([
      [0, 2],
      [1, 3],
      [2, 4],
      [3, 1],
    ] as const);
    for (let i = 0; i < children; i++) {
      const age = random.int(0, Math.min(30, headAge - 20));
      members.push({
        sex: random.chance(0.51) ? "male" : "female",
        birthYear: thisYear - age,
        relation: "child",
      });
    }
  }
  if (headAge <= 50 && random.chance(0.12)) {
    members.push({
      sex: random.chance(0.6) ? "female" : "male",
      birthYear: thisYear - Math.min(95, headAge + random.int(22, 32)),
      relation: "parent",
    });
  }
  return members;
}

import { type PersonProfile, personProfileRead } from "@ansinh/db";
import type { IsoDate } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { isOwnMinorChild } from "../household/own-minor-child";
import { maskNationalId } from "./mask-national-id";
import type { PersonReader } from "./person-reader";
import { recordNotFound } from "./record-errors";
import { vietnamToday } from "./vietnam-time";

export interface ProfileView {
  asOf: Date;
  profile: PersonProfile;
  nationalIdMasked: string | null;
  /** BHXH numbers of the household members the person may open the card of (own children under 18). */
  openableMembers: ReadonlySet<string>;
}

/** "Thông tin cá nhân" of the signed-in citizen. */
export async function readProfile(
  context: Pick<RouteContext, "cipher">,
  reader: PersonReader,
  now = new Date(),
): Promise<ProfileView> {
  const profile = await reader(personProfileRead);
  if (!profile) throw recordNotFound();
  return profileView(context, profile, vietnamToday(now).today, now);
}

export function profileView(
  context: Pick<RouteContext, "cipher">,
  profile: PersonProfile,
  today: IsoDate,
  asOf: Date,
): ProfileView {
  const self = profile.household?.members.find((m) => m.self);
  const openable = (profile.household?.members ?? [])
    .filter((m) => !m.self && isOwnMinorChild(self?.relation ?? null, m, today))
    .map((m) => m.bhxhNumber);
  return {
    asOf,
    profile,
    nationalIdMasked: profile.nationalIdCipher
      ? maskNationalId(context.cipher.decrypt(profile.nationalIdCipher))
      : null,
    openableMembers: new Set(openable),
  };
}

import { findHouseholdMembers, type HouseholdListMember } from "@ansinh/db";
import { foldVietnamese, maskPersonName } from "@ansinh/domain";
import type { Bilingual } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";

/** A household has a handful of members; the cap only bounds the answer to a bad record. */
const MAX_MEMBERS = 30;

const relationNames: Record<NonNullable<HouseholdListMember["relation"]>, Bilingual> = {
  head: { vi: "Chủ hộ", en: "Head of household" },
  spouse: { vi: "Vợ hoặc chồng", en: "Wife or husband" },
  child: { vi: "Con", en: "Child" },
  parent: { vi: "Bố hoặc mẹ", en: "Father or mother" },
  grandchild: { vi: "Cháu", en: "Grandchild" },
  sibling: { vi: "Anh, chị hoặc em", en: "Brother or sister" },
  other: { vi: "Quan hệ khác", en: "Other relation" },
};
const relationNotRecorded: Bilingual = { vi: "Chưa ghi quan hệ", en: "Relation not recorded" };

interface HouseholdMemberView {
  maskedName: string;
  birthYear: number;
  relation: Bilingual;
}

/**
 * "Tra cứu hộ gia đình": the members of the household of the person with this BHXH number whose
 * name (with or without diacritics) is the one typed — masked like the number look-up. A number and
 * name that do not belong together, and a person without a household, give the same empty list.
 */
export async function lookUpHousehold(
  context: Pick<RouteContext, "db">,
  typed: { bhxhNumber: string; fullName: string },
): Promise<HouseholdMemberView[]> {
  const members = await findHouseholdMembers(context.db, {
    bhxhNumber: typed.bhxhNumber,
    nameFolded: foldVietnamese(typed.fullName),
    limit: MAX_MEMBERS,
  });
  return members.map((m) => ({
    maskedName: maskPersonName(m.fullName),
    birthYear: m.birthYear,
    relation: m.relation ? relationNames[m.relation] : relationNotRecorded,
  }));
}

import { ageOn, type BirthDate, type IsoDate } from "@ansinh/domain";

/**
 * Who counts as a parent's own minor child, as the registry's household record says. One rule for
 * opening a child's card, filing "Đăng ký tài khoản cho con" and approving that dossier.
 */

/** A parent may act for their own child until the child's 18th birthday. */
export const ADULT_AGE = 18;

/** The head of a household and their spouse are the parents of the household's children. */
const PARENT_RELATIONS: ReadonlySet<string> = new Set(["head", "spouse"]);

/**
 * Whether the viewer is a parent of the member in the household record: the viewer is the head or the
 * head's spouse and the member a child of the head. A sibling, a grandparent or another adult is not.
 */
export function isParentOf(viewerRelation: string | null, memberRelation: string | null): boolean {
  return !!viewerRelation && PARENT_RELATIONS.has(viewerRelation) && memberRelation === "child";
}

interface RegistryBirth {
  /** ISO date, or null when the registry holds only the year. */
  birthDate: string | null;
  birthYear: number;
}

/** Under 18 today, 18 or over, or born after today (a registry error: nobody to act for yet). */
export function ageGroupOn(member: RegistryBirth, today: IsoDate): "minor" | "adult" | "unborn" {
  try {
    return ageOn(birthOf(member), today) < ADULT_AGE ? "minor" : "adult";
  } catch {
    return "unborn";
  }
}

/** Whether someone of the viewer's household is the viewer's own child under 18. */
export function isOwnMinorChild(
  viewerRelation: string | null,
  member: RegistryBirth & { relation: string | null },
  today: IsoDate,
): boolean {
  return isParentOf(viewerRelation, member.relation) && ageGroupOn(member, today) === "minor";
}

/** A registry birth with only the year counts from 01/01 (ageOn): the earliest the child turns 18. */
function birthOf(member: RegistryBirth): BirthDate {
  if (!member.birthDate) return { year: member.birthYear };
  const [year, month, day] = member.birthDate.split("-").map(Number);
  return { year: year ?? member.birthYear, month, day };
}

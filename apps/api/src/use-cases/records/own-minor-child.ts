import { ageOn, type BirthDate, type IsoDate } from "@ansinh/domain";

/** A parent may open the card of their own child until the child's 18th birthday. */
const ADULT_AGE = 18;

/** The head of a household and their spouse are the parents of the household's children. */
const PARENT_RELATIONS: ReadonlySet<string> = new Set(["head", "spouse"]);

/**
 * Whether someone of the viewer's household is the viewer's own child under 18, as the registry says:
 * the viewer is the head or the head's spouse and the other is a child of the head. Anyone else of the
 * household (a sibling, a grandparent, another adult) is not.
 */
export function isOwnMinorChild(
  viewerRelation: string | null,
  member: { relation: string | null; birthDate: string | null; birthYear: number },
  today: IsoDate,
): boolean {
  if (!viewerRelation || !PARENT_RELATIONS.has(viewerRelation) || member.relation !== "child") return false;
  const birth = birthOf(member);
  try {
    return ageOn(birth, today) < ADULT_AGE;
  } catch {
    // Born after today: not a child one can look after yet.
    return false;
  }
}

/** A registry birth with only the year counts from 01/01 (ageOn): the earliest the child turns 18. */
function birthOf(member: { birthDate: string | null; birthYear: number }): BirthDate {
  if (!member.birthDate) return { year: member.birthYear };
  const [year, month, day] = member.birthDate.split("-").map(Number);
  return { year: year ?? member.birthYear, month, day };
}

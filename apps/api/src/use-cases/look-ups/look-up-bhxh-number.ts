import { findNumberCandidates } from "@ansinh/db";
import { foldVietnamese, type IsoDate, maskPersonName, type NationalId } from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";

/** At most this many persons are shown, however many share the name, province and year of birth. */
const MAX_NUMBER_CANDIDATES = 5;

/** "Tra cứu mã số BHXH": what the person typed (at least one of birthDate and nationalId). */
interface NumberLookUp {
  provinceCode: string;
  fullName: string;
  birthDate?: IsoDate | undefined;
  nationalId?: NationalId | undefined;
}

interface NumberCandidateView {
  /** "Nguyễn V** A*": enough to recognise oneself, not to learn a stranger's name. */
  maskedName: string;
  birthYear: number;
  /** Only where the ID number or the full date of birth matched exactly. */
  bhxhNumber: string | null;
}

/**
 * Who may have this number: persons of the province whose name folds to the one typed (with or without
 * diacritics) and whose record agrees with the birth date or ID number typed. A stranger learns at most
 * a masked name and a year; the number itself only with a detail only the person (or their family)
 * knows. Nobody matching, a wrong birth date and an unknown name all give the same empty list.
 */
export async function lookUpBhxhNumber(
  context: Pick<RouteContext, "db" | "cipher">,
  typed: NumberLookUp,
): Promise<NumberCandidateView[]> {
  const candidates = await findNumberCandidates(context.db, {
    provinceCode: typed.provinceCode,
    nameFolded: foldVietnamese(typed.fullName),
    nationalIdIndex: typed.nationalId ? context.cipher.blindIndex(typed.nationalId.value) : null,
    birthDate: typed.birthDate ?? null,
    limit: MAX_NUMBER_CANDIDATES,
  });
  return candidates.map((c) => ({
    maskedName: maskPersonName(c.fullName),
    birthYear: c.birthYear,
    bhxhNumber: c.nationalIdMatches || c.birthDateMatches ? c.bhxhNumber : null,
  }));
}

import { type BirthDate, earliestDayOf } from "./birth-date";
import { type IsoDate, isoDateParts } from "./iso-date";

/**
 * Age in completed years on a given day.
 *
 * Missing birth parts are read as the 1st (year-only → 01/01, see `earliestDayOf`). Someone born on
 * 29/02 becomes a year older on 01/03 in common years, because the birthday has not been reached on
 * 28/02. Throws when the day is before the birth.
 */
export function ageOn(birth: BirthDate, on: IsoDate): number {
  const born = isoDateParts(earliestDayOf(birth));
  const day = isoDateParts(on);
  const years = day.year - born.year;
  const hadBirthday = day.month > born.month || (day.month === born.month && day.day >= born.day);
  const age = hadBirthday ? years : years - 1;
  if (age < 0) throw new RangeError(`${on} is before the birth date`);
  return age;
}

import { type IsoDate, isoDateParts } from "../calendar/iso-date";

export type CardStatus = "valid" | "expired" | "not_yet_valid";

/**
 * Whether a BHYT card can be used on a day. `validFrom` and `validTo` are both inclusive (a card
 * "có giá trị đến 31/12/2026" is still valid that day); `validTo` null means open-ended. A card whose
 * recorded status is anything but "active" (expired, replaced by a new card, revoked) is no longer
 * in use, and counts as expired whatever its dates.
 */
export function cardStatusOn(
  card: { validFrom: IsoDate; validTo: IsoDate | null; status: string },
  date: IsoDate,
): CardStatus {
  isoDateParts(date);
  if (card.status !== "active") return "expired";
  if (date < card.validFrom) return "not_yet_valid";
  if (card.validTo !== null && date > card.validTo) return "expired";
  return "valid";
}

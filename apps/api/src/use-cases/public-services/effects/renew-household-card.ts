import { extendCard, type ServiceRequestRow, type SqlRunner } from "@ansinh/db";
import { type IsoDate, vietnamDate } from "@ansinh/domain";
import type { RouteContext } from "../../../routes/route-context";
import { householdRenewalCover } from "../../payments/paid-cover";

/**
 * "Gia hạn BHYT hộ gia đình", once paid: every household member's card is extended by the months
 * chosen, from the day after it ends (or from today when it has lapsed), and is in use again. Run by
 * the payment's confirmation in its transaction, never by staff; the cards are locked while read, so
 * a card reissued at the same moment is not extended from a stale end date.
 */
export async function renewHouseholdCard(
  tx: SqlRunner,
  _context: Pick<RouteContext, "db" | "cipher">,
  request: ServiceRequestRow,
  _payment: { amount: number },
  today: IsoDate = vietnamDate(new Date()),
): Promise<void> {
  const { cards } = await householdRenewalCover(tx, request, today, { forUpdate: true });
  for (const card of cards) await extendCard(tx, card, card.validTo);
}

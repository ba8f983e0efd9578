import { type CitizenProfile, currentCardRead, findHouseholdRelative } from "@ansinh/db";
import type { RouteContext } from "../../routes/route-context";
import { isOwnMinorChild } from "../household/own-minor-child";
import { type CardOnDay, cardOnDay } from "./card-coverage";
import { type PersonReader, readerFor } from "./person-reader";
import { notYourChild } from "./record-errors";
import { vietnamToday } from "./vietnam-time";

export interface CardView {
  asOf: Date;
  card: CardOnDay | null;
}

/** "Thẻ BHYT" of the signed-in citizen (null when they hold none). */
export async function readOwnCard(reader: PersonReader, now = new Date()): Promise<CardView> {
  return readCardOf(reader, now);
}

/**
 * The card of the citizen's own child under 18 in the same household. Any other number — unknown, of
 * another household, an adult, a sibling — gets the same 403, so the route tells nothing about it.
 */
export async function readChildCard(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  bhxhNumber: string,
  now = new Date(),
): Promise<CardView> {
  const relative = await findHouseholdRelative(context.db, { viewerPersonId: citizen.personId, bhxhNumber });
  if (!relative || !isOwnMinorChild(relative.viewerRelation, relative, vietnamToday(now).today)) {
    throw notYourChild();
  }
  return readCardOf(readerFor(context.db, relative.personId), now);
}

async function readCardOf(reader: PersonReader, now: Date): Promise<CardView> {
  const card = await reader(currentCardRead);
  return { asOf: now, card: card ? cardOnDay(card, vietnamToday(now).today) : null };
}

import type { CitizenProfile } from "@ansinh/db";
import type { RouteContext } from "../../../routes/route-context";
import { helpDeskOf } from "../help-desk";

/** The national hotline of Vietnam Social Security, free of charge. */
const HOTLINE = "1900 9068";

/** Whom the citizen can reach: their office (where their requests and chats go), and the hotline. */
export async function readHelpContact(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
) {
  const desk = await helpDeskOf(context.db, citizen.personId);
  return { office: desk.office, bhxhNumber: desk.bhxhNumber, hotline: HOTLINE };
}

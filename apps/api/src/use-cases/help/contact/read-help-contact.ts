import { type CitizenProfile, findOffice } from "@ansinh/db";
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
  const office = await findOffice(context.db, desk.officeCode);
  // Every province has its office in the reference data the database is loaded with.
  if (!office) throw new Error(`No office ${desk.officeCode}`);
  const { code, name, email, address } = office;
  return { office: { code, name, email, address }, bhxhNumber: desk.bhxhNumber, hotline: HOTLINE };
}

import {
  type CitizenProfile,
  findPetition,
  listPersonPetitions,
  type PetitionRow,
  type PetitionSummary,
} from "@ansinh/db";
import type { RouteContext } from "../../../routes/route-context";
import type { StoredImage } from "../../../uploads/read-sealed-document";
import { petitionNotFound } from "./petition-errors";
import { readPetitionPhoto } from "./petition-photo";

type Citizen = Pick<CitizenProfile, "personId">;

/** The citizen's own petitions, newest first. */
export function listOwnPetitions(
  context: Pick<RouteContext, "db">,
  citizen: Citizen,
): Promise<PetitionSummary[]> {
  return listPersonPetitions(context.db, citizen.personId);
}

/** One of the citizen's own petitions, with the office's answer once there is one (404 for anyone else's). */
export async function viewOwnPetition(
  context: Pick<RouteContext, "db">,
  citizen: Citizen,
  id: string,
): Promise<PetitionRow> {
  const petition = await findPetition(context.db, citizen.personId, id);
  if (!petition) throw petitionNotFound();
  return petition;
}

/** The photo the citizen attached to their own petition. */
export async function readOwnPetitionPhoto(
  context: Pick<RouteContext, "db" | "documents">,
  citizen: Citizen,
  id: string,
): Promise<StoredImage> {
  return readPetitionPhoto(context, await viewOwnPetition(context, citizen, id));
}

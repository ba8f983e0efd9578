import {
  findOfficePetition,
  listOfficePetitions,
  logStaffAccess,
  type OfficePetitionItem,
  type PetitionPerson,
  type PetitionRow,
  type StaffProfile,
} from "@ansinh/db";
import { maskPersonName, type PetitionStatus } from "@ansinh/domain";
import { HELP_AGENTS, requireRole } from "../../../auth/staff-roles";
import type { RouteContext } from "../../../routes/route-context";
import type { StoredImage } from "../../../uploads/read-sealed-document";
import { previewText } from "../text-preview";
import { officePetitionNotFound } from "./petition-errors";
import { readPetitionPhoto } from "./petition-photo";

export const PETITION_PAGE_SIZE = 20;

export interface OfficePetitionEntry extends Omit<OfficePetitionItem, "fullName" | "content"> {
  /** The queue is often on a screen others can see: names are masked until the petition is opened. */
  personName: string;
  contentPreview: string;
}

/** The office's petitions, those still open first and the oldest first, names masked (help agents only). */
export async function listOfficePetitionQueue(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  query: { status?: PetitionStatus | undefined; page: number },
): Promise<{ items: OfficePetitionEntry[]; total: number }> {
  requireRole(staff, HELP_AGENTS);
  const page = await listOfficePetitions(context.db, {
    officeCode: staff.officeCode,
    status: query.status,
    limit: PETITION_PAGE_SIZE,
    offset: (query.page - 1) * PETITION_PAGE_SIZE,
  });
  return {
    total: page.total,
    items: page.items.map(({ fullName, content, ...item }) => ({
      ...item,
      personName: maskPersonName(fullName),
      contentPreview: previewText(content),
    })),
  };
}

export type OfficePetition = PetitionRow & { person: PetitionPerson };

interface StaffRead {
  id: string;
  /** The HTTP request id, kept in the access log. */
  requestId: string;
}

/** Why the person's data was read, in words the citizen reads in "Ai đã xem dữ liệu của tôi". */
const accessPurpose = (number: string) => `Trả lời phản ánh, kiến nghị ${number}`;

/**
 * A petition of the caller's office with the person who sent it; another office's gets the same 404
 * as one that does not exist. Each view goes to the person's access log.
 */
export async function viewOfficePetition(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  input: StaffRead,
): Promise<OfficePetition> {
  const petition = await findHandledPetition(context, staff, input.id);
  await logRead(context, staff, petition, "petition", input.requestId);
  return petition;
}

/** The photo of a petition of the caller's office, decrypted; each read is logged. */
export async function readOfficePetitionPhoto(
  context: Pick<RouteContext, "db" | "documents">,
  staff: StaffProfile,
  input: StaffRead,
): Promise<StoredImage> {
  const petition = await findHandledPetition(context, staff, input.id);
  const photo = await readPetitionPhoto(context, petition);
  await logRead(context, staff, petition, "document:petition_photo", input.requestId);
  return photo;
}

/** A petition the caller may handle: help agents of its own office only (403 other roles, else 404). */
export async function findHandledPetition(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  id: string,
): Promise<OfficePetition> {
  requireRole(staff, HELP_AGENTS);
  const petition = await findOfficePetition(context.db, id, staff.officeCode);
  if (!petition) throw officePetitionNotFound();
  return petition;
}

function logRead(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  petition: OfficePetition,
  what: string,
  requestId: string,
) {
  return logStaffAccess(context.db, {
    personId: petition.personId,
    staffId: staff.id,
    officeCode: staff.officeCode,
    what,
    why: accessPurpose(petition.number),
    requestId,
  });
}

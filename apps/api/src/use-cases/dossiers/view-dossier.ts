import {
  type DossierDocument,
  type DossierHistoryEntry,
  findOfficeDossier,
  listDossierDocuments,
  listDossierEvents,
  logStaffAccess,
  type OfficeDossier,
  type StaffProfile,
} from "@ansinh/db";
import { normalizePersonName, parseMobile } from "@ansinh/domain";
import { DOSSIER_READERS, requireRole } from "../../auth/staff-roles";
import type { RouteContext } from "../../routes/route-context";
import { accessPurpose, dossierNotFound } from "./dossier-errors";

/** true/false where both sides have a value to compare; null where one side has none. */
type Match = boolean | null;

export interface DossierView {
  dossier: OfficeDossier;
  /** What the citizen submitted, decrypted. */
  submitted: {
    bhxhNumber: string;
    fullName: string;
    nationalId: string | null;
    phone: string;
    email: string | null;
  };
  /** The registry's ID number, decrypted. */
  registryNationalId: string | null;
  matches: { bhxhNumber: Match; fullName: Match; nationalId: Match; phone: Match; email: Match };
  documents: DossierDocument[];
  history: DossierHistoryEntry[];
}

/**
 * The dossier page: what was submitted beside the registry record, the photos and the history.
 * Readers of the dossier's own office only (another office gets the same 404 as a dossier that does
 * not exist). Each view is written to the person's access log.
 */
export async function viewDossier(
  context: RouteContext,
  staff: StaffProfile,
  input: { dossierId: string; requestId: string },
): Promise<DossierView> {
  requireRole(staff, DOSSIER_READERS);
  const dossier = await findOfficeDossier(context.db, input.dossierId, staff.officeCode);
  if (!dossier) throw dossierNotFound();
  const [documents, history] = await Promise.all([
    listDossierDocuments(context.db, dossier.id),
    listDossierEvents(context.db, dossier.id),
  ]);
  await logStaffAccess(context.db, {
    personId: dossier.registry.personId,
    staffId: staff.id,
    officeCode: staff.officeCode,
    what: "dossier",
    why: accessPurpose(dossier.number, staff.role),
    requestId: input.requestId,
  });

  const decrypt = (cipher: Uint8Array | null) => (cipher ? context.cipher.decrypt(cipher) : null);
  const registry = dossier.registry;
  // The dossier keeps no name and BHXH number of its own: the submission is accepted only when the
  // name and ID number typed match the registry record of that BHXH number (issue 3, step 1).
  const submitted = {
    bhxhNumber: registry.bhxhNumber,
    fullName: registry.fullName,
    nationalId: decrypt(dossier.nationalIdCipher),
    phone: dossier.phone,
    email: dossier.email,
  };
  const registryNationalId = decrypt(registry.nationalIdCipher);
  return {
    dossier,
    submitted,
    registryNationalId,
    matches: {
      bhxhNumber: true,
      fullName: normalizePersonName(submitted.fullName) === normalizePersonName(registry.fullName),
      nationalId: compare(submitted.nationalId, registryNationalId, nationalIdKey),
      phone: compare(submitted.phone, registry.phone, mobileKey),
      email: compare(submitted.email, registry.email, (s) => s.trim().toLowerCase()),
    },
    documents,
    history,
  };
}

function compare(a: string | null, b: string | null, key: (s: string) => string): Match {
  if (a === null || b === null) return null;
  return key(a) === key(b);
}

/** ID numbers are stored as typed; spaces and dots do not make them different. */
const nationalIdKey = (s: string) => s.replace(/\D/g, "");

function mobileKey(s: string): string {
  const parsed = parseMobile(s);
  return parsed.ok ? parsed.value : s;
}

import { z } from "zod";
import type { DossierView } from "../../../use-cases/dossiers/view-dossier";
import { documentUrl } from "./dossier-params.types";

const nullableMatch = z
  .boolean()
  .nullable()
  .describe("true/false when both sides have a value; null when one side has none");

export const dossierResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(["self", "child"]),
  status: z.enum(["pending", "approved", "rejected"]),
  submittedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  /** What the citizen (or, for a child, the parent) submitted. */
  submitted: z.object({
    bhxhNumber: z.string(),
    fullName: z.string(),
    nationalId: z.string().nullable(),
    phone: z.string(),
    email: z.string().nullable(),
    office: z.object({ code: z.string(), name: z.string() }),
  }),
  /** The registry record of the person the account is for. */
  registry: z.object({
    bhxhNumber: z.string(),
    fullName: z.string(),
    birthDate: z.iso.date().nullable(),
    birthYear: z.number().int(),
    sex: z.enum(["male", "female"]),
    nationalIdKind: z.enum(["cccd", "cmnd"]).nullable(),
    nationalId: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.object({ line: z.string(), commune: z.string(), province: z.string().nullable() }),
    /** The household the registry puts the person in (số hộ), and their relation to its head. */
    household: z.object({ code: z.string(), relationToHead: z.string().nullable() }).nullable(),
  }),
  matches: z.object({
    bhxhNumber: nullableMatch,
    fullName: nullableMatch,
    nationalId: nullableMatch,
    phone: nullableMatch,
    email: nullableMatch,
  }),
  /** The parent who filed a child's dossier, and whether the registry has them in the child's household. */
  filedBy: z.object({ bhxhNumber: z.string(), fullName: z.string(), sameHousehold: z.boolean() }).nullable(),
  documents: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      /** GET it with the session cookie; answered with the decrypted image. */
      url: z.string(),
    }),
  ),
  history: z.array(
    z.object({
      at: z.iso.datetime(),
      action: z.enum(["submitted", "approved", "rejected"]),
      staffName: z.string().nullable(),
      reason: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});

export function presentDossier(view: DossierView): z.infer<typeof dossierResponse> {
  const { dossier, submitted } = view;
  const registry = dossier.registry;
  return {
    id: dossier.id,
    number: dossier.number,
    kind: dossier.kind,
    status: dossier.status,
    submittedAt: dossier.submittedAt.toISOString(),
    decidedAt: dossier.decidedAt?.toISOString() ?? null,
    submitted: { ...submitted, office: { code: dossier.officeCode, name: dossier.officeName } },
    registry: {
      bhxhNumber: registry.bhxhNumber,
      fullName: registry.fullName,
      birthDate: registry.birthDate,
      birthYear: registry.birthYear,
      sex: registry.sex,
      nationalIdKind: registry.nationalIdKind,
      nationalId: view.registryNationalId,
      phone: registry.phone,
      email: registry.email,
      address: { line: registry.addressLine, commune: registry.commune, province: registry.provinceName },
      household: registry.household,
    },
    matches: view.matches,
    filedBy: dossier.filedBy,
    documents: view.documents.map((d) => ({ id: d.id, kind: d.kind, url: documentUrl(dossier.id, d.id) })),
    history: view.history.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      staffName: e.staffName,
      reason: e.reason,
      note: e.note,
    })),
  };
}

import { findOfficeDossierState, type SqlRunner } from "@ansinh/db";
import { dossierAlreadyDecided, dossierNotFound } from "./dossier-errors";

/** 404 when the office has no such dossier (or it is another office's), 409 when it is decided. */
export async function requirePending(db: SqlRunner, dossierId: string, officeCode: string): Promise<void> {
  const state = await findOfficeDossierState(db, dossierId, officeCode);
  if (!state) throw dossierNotFound();
  if (state.status !== "pending") throw dossierAlreadyDecided(state.number, state.status);
}

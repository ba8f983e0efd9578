import { findRequestPerson, insertRequestEvent } from "@ansinh/db";
import type { ServiceEffectRun } from "./service-effect";

/**
 * "Cấp lại sổ BHXH": the book is paper, handed over at the office or posted; what the system records
 * is that it was reissued, with the book's number (the BHXH number) on the timeline.
 */
export const reissueBook: ServiceEffectRun = async (tx, _context, request) => {
  const person = await findRequestPerson(tx, request.personId);
  await insertRequestEvent(tx, {
    personId: request.personId,
    requestId: request.id,
    actor: "system",
    staffId: null,
    action: "book_reissued",
    fromStatus: "completed",
    toStatus: "completed",
    note: `Sổ BHXH số ${person?.bhxhNumber ?? ""}`,
  });
};

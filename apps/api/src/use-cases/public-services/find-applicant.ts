import { findServiceApplicant, type ServiceApplicant, type SqlRunner } from "@ansinh/db";
import type { IsoDate } from "@ansinh/domain";
import { benefitWindowStart } from "./service-availability";

/** The signed-in citizen's registry facts that decide availability and routing. */
export async function findApplicant(
  db: SqlRunner,
  personId: string,
  today: IsoDate,
): Promise<ServiceApplicant> {
  const applicant = await findServiceApplicant(db, personId, benefitWindowStart(today));
  // A session always belongs to a registry person: a missing one is a broken database, not an input.
  if (!applicant) throw new Error(`No registry person ${personId} behind a citizen session`);
  return applicant;
}

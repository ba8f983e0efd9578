import {
  findCurrentCard,
  findPersonForOffice,
  findPersonProfile,
  listBenefits,
  listParticipation,
  listVisits,
  logStaffAccess,
  type StaffProfile,
} from "@ansinh/db";
import type { StaffRole } from "@ansinh/domain";
import { requireRole } from "../../auth/staff-roles";
import type { RouteContext } from "../../routes/route-context";
import { cardOnDay } from "./card-coverage";
import { summariseParticipation } from "./participation-summary";
import type { BenefitsView } from "./read-benefits";
import type { CardView } from "./read-card";
import type { HistoryView } from "./read-history";
import { type ProfileView, profileView } from "./read-profile";
import { byYear, type VisitsView } from "./read-visits";
import { otherProvince, personNotFound, recordNotFound } from "./record-errors";
import { RECORDS_READ, SCHEMES } from "./record-names";
import { vietnamToday } from "./vietnam-time";

/**
 * Staff who may open a person's records: data officers and admins. Reviewers and support agents work
 * on dossiers and questions and do not browse the ledger.
 */
const PERSON_RECORD_READERS: readonly StaffRole[] = ["data_officer", "admin"];

type Part<T> = Omit<T, "asOf">;

export interface PersonRecordsView {
  asOf: Date;
  profile: ProfileView;
  card: CardView["card"];
  history: Part<HistoryView>;
  benefits: Part<BenefitsView>;
  visits: Part<VisitsView>;
}

/**
 * Everything the citizen sees of their records, for a data officer or admin of an office of the
 * person's province (403 for other roles and provinces, 404 for an unknown number). The read is
 * written to the person's access log, with the reason the staff member gave, before anything is read.
 */
export async function viewPersonRecords(
  context: Pick<RouteContext, "db" | "cipher">,
  staff: StaffProfile,
  input: { bhxhNumber: string; reason: string; requestId: string },
  now = new Date(),
): Promise<PersonRecordsView> {
  requireRole(staff, PERSON_RECORD_READERS);
  const { db } = context;
  const person = await findPersonForOffice(db, {
    bhxhNumber: input.bhxhNumber,
    officeCode: staff.officeCode,
  });
  if (!person) throw personNotFound();
  if (!person.inOfficeProvince) throw otherProvince();
  await logStaffAccess(db, {
    personId: person.personId,
    staffId: staff.id,
    officeCode: staff.officeCode,
    what: RECORDS_READ,
    why: input.reason.normalize("NFC").trim(),
    requestId: input.requestId,
  });

  const { today, month } = vietnamToday(now);
  const [profile, card, history, benefits, visits] = await Promise.all([
    findPersonProfile(db, person.personId),
    findCurrentCard(db, person.personId),
    listParticipation(db, person.personId, { asOfMonth: month }),
    listBenefits(db, person.personId),
    listVisits(db, person.personId),
  ]);
  if (!profile) throw recordNotFound();
  return {
    asOf: now,
    profile: profileView(context, profile, today, now),
    card: card ? cardOnDay(card, today) : null,
    history: {
      closedThrough: history.closedThrough,
      schemes: summariseParticipation(history.periods, month, SCHEMES),
    },
    benefits: { total: benefits.reduce((sum, b) => sum + b.amount, 0), items: benefits },
    visits: { years: byYear(visits) },
  };
}

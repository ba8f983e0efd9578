import {
  answerPetition,
  findHelpDeskPerson,
  insertCitizenNotification,
  type StaffProfile,
  takePetition,
} from "@ansinh/db";
import type { RouteContext } from "../../../routes/route-context";
import { enqueueSms } from "../../../sms/enqueue-sms";
import { findHandledPetition, type OfficePetition } from "./office-petitions";
import { petitionAlreadyAnswered } from "./petition-errors";
import { petitionAnsweredMessage } from "./petition-messages";

/**
 * The caller takes a petition of their office to look into it: "received" becomes "processing" and it
 * is theirs (taking one a colleague holds moves it to the caller). 409 once answered. Answers with the
 * petition as it is now, not logged: staff act on the petition they opened, and that read was logged.
 */
export async function takeOfficePetition(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  input: { id: string },
): Promise<OfficePetition> {
  const petition = await findHandledPetition(context, staff, input.id);
  if (!(await takePetition(context.db, petition, staff.id))) throw petitionAlreadyAnswered(petition.number);
  return findHandledPetition(context, staff, input.id);
}

/**
 * The written answer, final: the petition is answered by the caller, and the citizen gets a
 * notification in the app and an SMS saying an answer is waiting there, all in one transaction. 409
 * when it was already answered (a double tap, or a colleague first). Answers, unlogged as a take does,
 * with the petition as it is now.
 */
export async function answerOfficePetition(
  context: Pick<RouteContext, "db">,
  staff: StaffProfile,
  input: { id: string; reply: string },
): Promise<OfficePetition> {
  const petition = await findHandledPetition(context, staff, input.id);
  const { personId, id, number } = petition;
  await context.db.transaction(async (tx) => {
    if (!(await answerPetition(tx, { personId, id }, { staffId: staff.id, reply: input.reply }))) {
      throw petitionAlreadyAnswered(number);
    }
    const message = petitionAnsweredMessage(number);
    await insertCitizenNotification(tx, {
      personId,
      requestId: null,
      petitionId: id,
      title: message.title,
      body: message.body,
    });
    const person = await findHelpDeskPerson(tx, personId);
    if (person?.phone) {
      await enqueueSms(tx, { to: person.phone, text: message.sms, dedupeKey: `petition-answered:${id}` });
    }
  });
  return findHandledPetition(context, staff, input.id);
}

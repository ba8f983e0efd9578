import { findHelpDeskOffice, findHelpDeskPerson, type SqlRunner } from "@ansinh/db";
import { provinceOfficeCode } from "@ansinh/domain";

/**
 * The person as the help desk sees them, with their office: the province office, where their service
 * requests go too. Chats, petitions and the contact card all go there.
 */
export async function helpDeskOf(db: SqlRunner, personId: string) {
  const person = await findHelpDeskPerson(db, personId);
  // A session always belongs to a registry person, and every province has its office.
  if (!person) throw new Error(`No registry person behind citizen ${personId}`);
  const office = await findHelpDeskOffice(db, provinceOfficeCode(person.provinceCode));
  if (!office) throw new Error(`No office for province ${person.provinceCode}`);
  return { ...person, office };
}

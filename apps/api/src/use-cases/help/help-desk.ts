import { findHelpDeskPerson, type SqlRunner } from "@ansinh/db";
import { provinceOfficeCode } from "@ansinh/domain";

/**
 * The person as the help desk sees them, with the code of their office: the province office, where
 * their service requests go too. Chats, petitions and the contact card all go there.
 */
export async function helpDeskOf(db: SqlRunner, personId: string) {
  const person = await findHelpDeskPerson(db, personId);
  // A session always belongs to a registry person.
  if (!person) throw new Error(`No registry person behind citizen ${personId}`);
  return { ...person, officeCode: provinceOfficeCode(person.provinceCode) };
}

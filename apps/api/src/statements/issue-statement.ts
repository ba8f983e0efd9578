import type { CitizenProfile } from "@ansinh/db";
import { vietnamDate } from "@ansinh/domain";
import { presentHistory } from "../routes/records/get-history.types";
import { presentProfile } from "../routes/records/get-profile.types";
import type { RouteContext } from "../routes/route-context";
import { readerFor } from "../use-cases/records/person-reader";
import { readHistory } from "../use-cases/records/read-history";
import { readProfile } from "../use-cases/records/read-profile";
import { drawStatementPdf } from "./draw-statement-pdf";
import { newStatementId, type StatementContent, statementContent } from "./statement-content";
import type { StatementKeys } from "./statement-keys";
import { signStatement } from "./statement-token";

interface IssuedStatement {
  pdf: Buffer;
  content: StatementContent;
  /** `<payload>.<signature>`, the fragment of the QR's URL. */
  token: string;
  fileName: string;
}

/**
 * The signed-in citizen's participation statement: the same history and profile as GET /api/me/history
 * and /api/me/profile, drawn as a PDF whose QR carries the signed content. `origin` is where the
 * verification page is (`<origin>/xac-minh`). Nothing is stored: the statement is its own proof.
 */
export async function issueStatement(
  context: Pick<RouteContext, "db" | "cipher">,
  citizen: Pick<CitizenProfile, "personId">,
  keys: StatementKeys,
  origin: string,
  now = new Date(),
): Promise<IssuedStatement> {
  const reader = readerFor(context.db, citizen.personId);
  const profile = presentProfile(await readProfile(context, reader, now));
  const history = presentHistory(await readHistory(reader, {}, now));
  const person = {
    bhxhNumber: profile.bhxhNumber,
    fullName: profile.fullName,
    birthDate: profile.birthDate,
    birthYear: profile.birthYear,
    sex: profile.sex,
    nationalIdMasked: profile.nationalIdMasked,
    // The agency's seat when the registry has no province for the person.
    provinceName: profile.address.provinceName || "Hà Nội",
  };
  const content = statementContent(person, history, { id: newStatementId(), issuedOn: vietnamDate(now) });
  const token = signStatement(content, keys.privateKey);
  const pdf = await drawStatementPdf({
    person,
    history,
    content,
    verifyUrl: `${origin}/xac-minh#${token}`,
    keyId: keys.keyId,
  });
  return { pdf, content, token, fileName: `qua-trinh-tham-gia-${person.bhxhNumber}-${content.issuedOn}.pdf` };
}

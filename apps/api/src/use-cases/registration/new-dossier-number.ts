import { randomInt } from "node:crypto";
import { vietnamDate } from "@ansinh/domain";

/**
 * Số hồ sơ of an account dossier: "HS" + the date of submission in Vietnam as yyMMdd + 6 random digits,
 * e.g. "HS260315042917" (14 characters, digits only after "HS", so it reads well in an SMS and over the
 * phone). The random part makes numbers unguessable from one another; the table's unique constraint
 * catches the rare repeat and the caller draws again.
 */
export function newDossierNumber(now: Date, random: (max: number) => number = randomInt): string {
  const date = vietnamDate(now).slice(2).replaceAll("-", "");
  return `HS${date}${String(random(1_000_000)).padStart(6, "0")}`;
}

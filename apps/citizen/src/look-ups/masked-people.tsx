import type { ReactNode } from "react";
import { fill, useLookUpsT } from "./i18n/messages";

export interface MaskedPerson {
  maskedName: string;
  birthYear: number;
}

/**
 * People as the public look-ups show them: a partly hidden name and the year of birth, with what else
 * the look-up adds under each. Nobody found is said in the same neutral words whatever the reason.
 */
export function MaskedPeople<Person extends MaskedPerson>({
  people,
  found,
  none,
  renderDetail,
}: {
  people: readonly Person[];
  found: string;
  none: string;
  renderDetail: (person: Person) => ReactNode;
}) {
  const t = useLookUpsT();
  if (people.length === 0) {
    return <p className="mt-3 rounded-md border-l-4 border-brand bg-white p-4 text-lg">{none}</p>;
  }
  return (
    <>
      <p className="mt-3 text-lg">{found}</p>
      <p className="mt-1 text-muted">{t("lu.masked")}</p>
      <ul className="mt-4 space-y-4">
        {people.map((person, index) => (
          // Masked names repeat and nothing else identifies a row: the order is the key.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered.
          <li key={index} className="rounded-md bg-white p-4" data-testid="person">
            <p className="text-xl font-bold">{person.maskedName}</p>
            <p className="text-lg">{fill(t("lu.birthYear"), { year: person.birthYear })}</p>
            {renderDetail(person)}
          </li>
        ))}
      </ul>
    </>
  );
}

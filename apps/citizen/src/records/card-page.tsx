import { formatDate } from "@ansinh/domain";
import { buttonClassName, useLocale } from "@ansinh/ui";
import { Link, useParams } from "@tanstack/react-router";
import { paths } from "../paths";
import { childCardImagePath } from "./child-paths";
import { nameThenCode } from "./format";
import { fill, type RecordsMessageKey, useRecordsT } from "./i18n/messages";
import { RecordFrame, SummaryList } from "./record-frame";
import { type Card, type CardAnswer, readCard, recordPaths } from "./records-api";
import { useRecord } from "./use-record";

/** "Thẻ BHYT": the person's own card. */
export function CardPage() {
  const t = useRecordsT();
  const record = useRecord(recordPaths.card, readCard);
  return (
    <RecordFrame title={t("card.title")} record={record}>
      {(answer) => <CardDetails answer={answer} imagePath={paths.cardImage} />}
    </RecordFrame>
  );
}

/** The route parameter of a child's card pages. */
export function useChildNumber(): string {
  const params: Record<string, string | undefined> = useParams({ strict: false });
  return params.bhxhNumber ?? "";
}

/** A child's card, for a parent from the household list. */
export function ChildCardPage() {
  const t = useRecordsT();
  const bhxhNumber = useChildNumber();
  const record = useRecord(recordPaths.childCard(bhxhNumber), readCard);
  const name = record.state.kind === "ready" ? record.state.data.card?.holder.fullName : undefined;
  return (
    <RecordFrame
      title={name ? fill(t("card.childTitle"), { name }) : t("card.childTitleUnnamed")}
      back={{ to: paths.profile, label: t("profile.title") }}
      record={record}
    >
      {(answer) => <CardDetails answer={answer} imagePath={childCardImagePath(bhxhNumber)} />}
    </RecordFrame>
  );
}

const statusTodayKeys: Record<Card["statusToday"], RecordsMessageKey> = {
  valid: "card.statusToday.valid",
  expired: "card.statusToday.expired",
  not_yet_valid: "card.statusToday.notYetValid",
};

const statusKeys: Record<Card["status"], RecordsMessageKey> = {
  active: "card.status.active",
  expired: "card.status.expired",
  replaced: "card.status.replaced",
  revoked: "card.status.revoked",
};

function CardDetails({ answer, imagePath }: { answer: CardAnswer; imagePath: string }) {
  const t = useRecordsT();
  const { locale } = useLocale();
  const card = answer.card;
  if (!card) return <p className="rounded-md bg-white p-4 text-lg">{t("card.none")}</p>;
  const valid = card.statusToday === "valid";
  return (
    <>
      <p
        data-testid="card-status"
        className={`rounded-md border-l-8 bg-white p-4 text-xl font-bold ${valid ? "border-success" : "border-error"}`}
      >
        {t(statusTodayKeys[card.statusToday])}
      </p>
      <Link to={imagePath} className={`${buttonClassName()} mt-4 w-full`}>
        {t("card.image")}
      </Link>

      <section aria-labelledby="card-data" className="mt-6 rounded-md bg-white p-4">
        <h2 id="card-data" className="text-xl font-bold">
          {t("card.data")}
        </h2>
        <SummaryList
          className="mt-2"
          rows={[
            { label: t("card.holder"), value: card.holder.fullName },
            { label: t("card.number"), value: card.cardNumber },
            {
              label: t("card.code"),
              value: <span className="font-mono tracking-wide">{card.cardCode}</span>,
            },
            {
              label: t("card.birthDate"),
              value: card.holder.birthDate
                ? formatDate(card.holder.birthDate)
                : String(card.holder.birthYear),
            },
            {
              label: t("card.sex"),
              value: t(card.holder.sex === "male" ? "records.sex.male" : "records.sex.female"),
            },
            { label: t("card.address"), value: card.holder.address },
            { label: t("card.facility"), value: nameThenCode(card.facility) },
            {
              label: t("card.validity"),
              value: card.validTo
                ? fill(t("card.validFromTo"), {
                    from: formatDate(card.validFrom),
                    to: formatDate(card.validTo),
                  })
                : fill(t("card.validFromOpen"), { from: formatDate(card.validFrom) }),
            },
            {
              label: t("card.fiveYears"),
              value: card.fiveYearsFrom ? formatDate(card.fiveYearsFrom) : t("records.none"),
            },
            { label: t("card.issuedOn"), value: formatDate(card.issuedOn) },
            { label: t("card.status"), value: t(statusKeys[card.status]) },
          ]}
        />
      </section>

      <section aria-labelledby="card-benefit" className="mt-6 rounded-md bg-white p-4">
        <h2 id="card-benefit" className="text-xl font-bold">
          {t("card.benefit")}
        </h2>
        <p className="mt-2 text-lg" data-testid="card-percent">
          {fill(t("card.percentToday"), { percent: card.percentToday })}
        </p>
        <SummaryList
          className="mt-3"
          rows={[
            { label: t("card.group"), value: `${card.groupCode} — ${card.groupName[locale]}` },
            { label: t("card.levelToday"), value: String(card.levelToday) },
            { label: t("card.printedLevel"), value: String(card.printedLevel) },
          ]}
        />
        {card.printedLevel !== card.levelToday && (
          <p className="mt-3 border-l-4 border-brand pl-3 text-lg">
            {fill(t("card.levelChanged"), { printed: card.printedLevel, today: card.levelToday })}
          </p>
        )}
        {card.rules.length > 0 && (
          <>
            <h3 className="mt-4 text-lg font-bold">{t("card.rules")}</h3>
            <ul className="mt-2 list-disc space-y-2 pl-6 text-lg">
              {card.rules.map((rule) => (
                <li key={rule.vi}>{rule[locale]}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

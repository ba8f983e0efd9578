import { type PetitionStatus, petitionCategories } from "@ansinh/domain";
import { type Locale, StatusTag, type StatusTone } from "@ansinh/ui";
import { useHelpT } from "./i18n/messages";

const tones: Record<PetitionStatus, StatusTone> = {
  received: "attention",
  processing: "progress",
  answered: "success",
};

/** A petition's status in words: a new one (nobody has taken it yet) stands out. */
export function PetitionStatusTag({ status }: { status: PetitionStatus }) {
  const t = useHelpT();
  return <StatusTag tone={tones[status]}>{t(`petition.status.${status}`)}</StatusTag>;
}

/** The category's words in the console's language; a code this console does not know, as sent. */
export function categoryLabel(code: string, locale: Locale): string {
  return petitionCategories.find((category) => category.code === code)?.[locale] ?? code;
}

/** A ticket waits for an answer by SMS (nobody was online); a live chat expects one now. */
export function TicketTag({ ticket }: { ticket: boolean }) {
  const t = useHelpT();
  return ticket ? (
    <StatusTag tone="attention">{t("kind.ticket")}</StatusTag>
  ) : (
    <StatusTag tone="progress">{t("kind.live")}</StatusTag>
  );
}

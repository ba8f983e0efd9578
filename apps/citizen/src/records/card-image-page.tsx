import { Button } from "@ansinh/ui";
import { useRef, useState } from "react";
import { paths } from "../paths";
import { CardImage, cardHeight, cardWidth } from "./card-image";
import { useChildNumber } from "./card-page";
import { downloadCardPng } from "./card-png";
import { childCardPath } from "./child-paths";
import { fill, useRecordsT } from "./i18n/messages";
import { RecordFrame } from "./record-frame";
import { type Card, readCard, recordPaths } from "./records-api";
import { useRecord } from "./use-record";

// Loaded on its own, with the QR encoder: the rest of the app does not need either.

/** "Hình ảnh thẻ": the person's own card as an image to show at the hospital or to save. */
export function CardImagePage() {
  const t = useRecordsT();
  const record = useRecord(recordPaths.card, readCard);
  return (
    <RecordFrame
      title={t("cardImage.title")}
      back={{ to: paths.card, label: t("card.title") }}
      record={record}
    >
      {(answer) => (answer.card ? <CardPicture card={answer.card} /> : <NoCard />)}
    </RecordFrame>
  );
}

/** A child's card as an image, for the parent. */
export function ChildCardImagePage() {
  const t = useRecordsT();
  const bhxhNumber = useChildNumber();
  const record = useRecord(recordPaths.childCard(bhxhNumber), readCard);
  return (
    <RecordFrame
      title={t("cardImage.title")}
      back={{ to: childCardPath(bhxhNumber), label: t("card.childTitleUnnamed") }}
      record={record}
    >
      {(answer) => (answer.card ? <CardPicture card={answer.card} /> : <NoCard />)}
    </RecordFrame>
  );
}

function NoCard() {
  const t = useRecordsT();
  return <p className="rounded-md bg-white p-4 text-lg">{t("card.none")}</p>;
}

function CardPicture({ card }: { card: Card }) {
  const t = useRecordsT();
  const svg = useRef<SVGSVGElement>(null);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onDownload(): Promise<void> {
    if (!svg.current || saving) return;
    setSaving(true);
    setFailed(false);
    const done = await downloadCardPng(
      svg.current,
      { width: cardWidth, height: cardHeight },
      `the-bhyt-${card.cardNumber}.png`,
    );
    setSaving(false);
    setFailed(!done);
  }

  return (
    <>
      <figure className="rounded-md bg-white p-2 shadow-sm">
        <CardImage
          ref={svg}
          card={card}
          title={fill(t("cardImage.alt"), { name: card.holder.fullName, number: card.cardNumber })}
        />
      </figure>
      <p className="mt-4 text-lg">{t("cardImage.use")}</p>
      <Button className="mt-4 w-full" onClick={() => void onDownload()} disabled={saving}>
        {saving ? t("cardImage.saving") : t("cardImage.download")}
      </Button>
      <div role="alert" className="empty:hidden">
        {failed && <p className="mt-4 border-l-4 border-error p-2 text-lg">{t("cardImage.failed")}</p>}
      </div>
    </>
  );
}

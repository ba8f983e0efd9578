import type { PetitionStatus } from "@ansinh/domain";
import { StatusTag, type StatusTone } from "@ansinh/ui";
import { useHelpT } from "./i18n/messages";

const tones: Record<PetitionStatus, StatusTone> = {
  received: "neutral",
  processing: "progress",
  answered: "success",
};

/** Where a petition stands, in words: "Đã tiếp nhận", "Đang xử lý", "Đã trả lời". */
export function PetitionStatusTag({ status }: { status: PetitionStatus }) {
  const t = useHelpT();
  return <StatusTag tone={tones[status]}>{t(`status.${status}`)}</StatusTag>;
}

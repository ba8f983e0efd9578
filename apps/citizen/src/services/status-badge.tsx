import { StatusTag, type StatusTone } from "@ansinh/ui";
import { useServicesT } from "./i18n/messages";
import type { RequestStatus } from "./services-api";

const tones: Record<RequestStatus, StatusTone> = {
  draft: "neutral",
  submitted: "progress",
  received: "progress",
  processing: "progress",
  needs_info: "attention",
  completed: "success",
  rejected: "error",
};

/** A request's status in words ("Đang xử lý"), and "Quá hạn" beside it when the deadline has passed. */
export function StatusBadge({ status, overdue = false }: { status: RequestStatus; overdue?: boolean }) {
  const t = useServicesT();
  return (
    <span className="inline-flex flex-wrap gap-2">
      <StatusTag tone={tones[status]}>{t(`status.${status}`)}</StatusTag>
      {overdue && <StatusTag tone="attention">{t("overdue")}</StatusTag>}
    </span>
  );
}

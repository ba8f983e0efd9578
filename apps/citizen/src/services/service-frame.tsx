import { formatVietnamTime } from "@ansinh/domain";
import type { ReactNode } from "react";
import { BackLink } from "../layout/back-link";
import { Page } from "../layout/page";
import { paths } from "../paths";
import { useServicesT } from "./i18n/messages";

/** A services page: "‹ Dịch vụ công" (or another way up), the error summary, then the heading. */
export function ServiceFrame({
  title,
  lead,
  back,
  errorSummary,
  children,
}: {
  title: string;
  lead?: string;
  back?: { to: string; label: string; search?: Record<string, string>; params?: Record<string, string> };
  errorSummary?: ReactNode;
  children: ReactNode;
}) {
  const t = useServicesT();
  return (
    <>
      <BackLink
        to={back?.to ?? paths.services}
        label={back?.label ?? t("sv.back")}
        params={back?.params}
        search={back?.search}
      />
      <Page title={title} lead={lead} errorSummary={errorSummary}>
        {children}
      </Page>
    </>
  );
}

/**
 * A moment in Vietnam's time, the day first ("25/11/2026 14:05") as the timeline and notices read;
 * a value that is not a moment is shown as it came.
 */
export function formatMoment(at: string): string {
  try {
    const [time, day] = formatVietnamTime(at).split(" ");
    return `${day} ${time}`;
  } catch {
    return at;
  }
}

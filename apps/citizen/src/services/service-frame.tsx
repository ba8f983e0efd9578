import { formatVietnamTime } from "@ansinh/domain";
import type { PageProps } from "@ansinh/ui";
import type { BackTarget } from "../layout/back-link";
import { PageBelow } from "../layout/page";
import { paths } from "../paths";
import { useServicesT } from "./i18n/messages";

/** A services page: "‹ Dịch vụ công" (or another way up), the error summary, then the heading. */
export function ServiceFrame({ back, ...page }: PageProps & { back?: BackTarget }) {
  const t = useServicesT();
  return <PageBelow back={back ?? { to: paths.services, label: t("sv.back") }} {...page} />;
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

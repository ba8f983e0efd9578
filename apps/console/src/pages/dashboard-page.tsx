import { useT } from "../i18n/messages";
import { Page } from "../layout/page";

/** Empty until the staff work queues exist; only reachable with a session (see session.ts). */
export function DashboardPage() {
  const t = useT();
  return <Page title={t("dashboard.title")} lead={t("dashboard.lead")} />;
}

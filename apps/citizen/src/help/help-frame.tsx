import type { ReactNode } from "react";
import { BackLink } from "../layout/back-link";
import { Page } from "../layout/page";
import { paths } from "../paths";
import { useHelpT } from "./i18n/messages";

/** A page under "Trợ giúp": "‹ Trợ giúp" (or another way up), the error summary, then the heading. */
export function HelpFrame({
  title,
  lead,
  back,
  errorSummary,
  children,
}: {
  title: string;
  lead?: string;
  back?: { to: string; label: string };
  errorSummary?: ReactNode;
  children: ReactNode;
}) {
  const t = useHelpT();
  return (
    <>
      <BackLink to={back?.to ?? paths.help} label={back?.label ?? t("hp.back")} />
      <Page title={title} lead={lead} errorSummary={errorSummary}>
        {children}
      </Page>
    </>
  );
}

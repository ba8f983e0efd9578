import type { ReactNode } from "react";
import { useUiT } from "./i18n/ui-messages";
import { PageHeader } from "./page-header";
import { useDocumentTitle } from "./use-document-title";

export interface PageProps {
  title: string;
  lead?: string;
  /** Shown above the heading, where GOV.UK puts the error summary, and prefixes the tab title. */
  errorSummary?: ReactNode;
  children?: ReactNode;
}

interface TitledPageProps extends PageProps {
  /** Ends the tab title, after the page's own title: "Sign in — AnSinh". */
  site: string;
}

/** A page's h1 and the tab title that repeats it, so the tab names the page being read. */
export function TitledPage({ site, title, lead, errorSummary, children }: TitledPageProps) {
  const t = useUiT();
  useDocumentTitle(`${errorSummary ? t("title.errorPrefix") : ""}${title} — ${site}`);
  return (
    <>
      {errorSummary}
      <PageHeader title={title} lead={lead} />
      {children}
    </>
  );
}

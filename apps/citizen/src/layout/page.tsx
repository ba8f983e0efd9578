import { PageHeader, useDocumentTitle } from "@ansinh/ui";
import type { ReactNode } from "react";
import { useT } from "../i18n/messages";

interface PageProps {
  title: string;
  lead?: string;
  /** Shown above the heading, where GOV.UK puts the error summary, and prefixes the tab title. */
  errorSummary?: ReactNode;
  children?: ReactNode;
}

export function Page({ title, lead, errorSummary, children }: PageProps) {
  const t = useT();
  useDocumentTitle(`${errorSummary ? t("title.errorPrefix") : ""}${title} — AnSinh`);
  return (
    <>
      {errorSummary}
      <PageHeader title={title} lead={lead} />
      {children}
    </>
  );
}

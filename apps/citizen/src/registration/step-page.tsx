import type { ReactNode } from "react";
import { BackLink } from "../layout/back-link";
import { Page } from "../layout/page";
import { fill, useRegistrationT } from "./i18n/messages";

interface StepPageProps {
  /** 1 to 4; the done page has no number. */
  step?: number;
  /** The previous step, for the "Quay lại" link at the top. */
  back?: string;
  title: string;
  errorSummary?: ReactNode;
  children: ReactNode;
}

/** One page of the registration journey: a back link, the error summary, the heading and "Step n of 4". */
export function StepPage({ step, back, title, errorSummary, children }: StepPageProps) {
  const t = useRegistrationT();
  return (
    <>
      {back && <BackLink to={back} label={t("reg.back")} />}
      <Page
        title={title}
        lead={step === undefined ? undefined : fill(t("reg.stepOf"), { n: step })}
        errorSummary={errorSummary}
      >
        {children}
      </Page>
    </>
  );
}

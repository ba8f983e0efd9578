import type { PageProps } from "@ansinh/ui";
import type { BackTarget } from "../layout/back-link";
import { PageBelow } from "../layout/page";
import { paths } from "../paths";
import { useHelpT } from "./i18n/messages";

/** A page under "Trợ giúp": "‹ Trợ giúp" (or another way up), the error summary, then the heading. */
export function HelpFrame({ back, ...page }: PageProps & { back?: BackTarget }) {
  const t = useHelpT();
  return <PageBelow back={back ?? { to: paths.help, label: t("hp.back") }} {...page} />;
}

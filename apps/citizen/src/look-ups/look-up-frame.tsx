import type { PageProps } from "@ansinh/ui";
import { PageBelow } from "../layout/page";
import { paths } from "../paths";
import { useLookUpsT } from "./i18n/messages";

/** A look-up page: the way back to the "Tra cứu" tab, then the page with its heading. */
export function LookUpFrame(props: PageProps) {
  const t = useLookUpsT();
  return <PageBelow back={{ to: paths.lookUp, label: t("lu.back") }} {...props} />;
}

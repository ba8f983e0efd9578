import { type PageProps, TitledPage } from "@ansinh/ui";
import { useT } from "../i18n/messages";

export function Page(props: PageProps) {
  const t = useT();
  return <TitledPage {...props} site={`AnSinh ${t("app.subtitle")}`} />;
}

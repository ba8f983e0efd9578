import { type PageProps, TitledPage } from "@ansinh/ui";

export function Page(props: PageProps) {
  return <TitledPage {...props} site="AnSinh" />;
}

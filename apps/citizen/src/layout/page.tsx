import { type PageProps, TitledPage } from "@ansinh/ui";
import { BackLink, type BackTarget } from "./back-link";

export function Page(props: PageProps) {
  return <TitledPage {...props} site="AnSinh" />;
}

/** A page below a tab's first page: "‹ the way up" above the heading, then the page itself. */
export function PageBelow({ back, ...page }: PageProps & { back: BackTarget }) {
  return (
    <>
      <BackLink {...back} />
      <Page {...page} />
    </>
  );
}

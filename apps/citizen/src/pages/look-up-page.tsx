import { useT } from "../i18n/messages";
import { LinkMenu, type MenuEntry } from "../layout/link-menu";
import { Page } from "../layout/page";
import { paths } from "../paths";

// The public look-ups VssID offers, most asked for first.
const lookUps: readonly MenuEntry[] = [
  { to: paths.lookUpNumber, label: "lookUp.number", text: "lookUp.number.text" },
  { to: paths.lookUpHousehold, label: "lookUp.household", text: "lookUp.household.text" },
  { to: paths.lookUpOffices, label: "lookUp.offices", text: "lookUp.offices.text" },
  { to: paths.lookUpEmployers, label: "lookUp.employers", text: "lookUp.employers.text" },
  {
    to: paths.lookUpCollectionPoints,
    label: "lookUp.collectionPoints",
    text: "lookUp.collectionPoints.text",
  },
  { to: paths.lookUpFacilities, label: "lookUp.facilities", text: "lookUp.facilities.text" },
];

export function LookUpPage() {
  const t = useT();
  return (
    <Page title={t("lookUp.title")} lead={t("lookUp.lead")}>
      <LinkMenu id="look-ups-menu" heading={t("lookUp.listHeading")} entries={lookUps} />
    </Page>
  );
}

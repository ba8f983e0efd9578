import { TextField, useLocale } from "@ansinh/ui";
import { fill, useLookUpsT } from "./i18n/messages";
import { lookUpApi, readMembers } from "./look-up-api";
import { ProtectedLookUpPage, useProtectedLookUp } from "./protected-look-up";
import { householdFields, householdLookUpBody, validateHouseholdLookUp } from "./validate-look-ups";

/** "Tra cứu hộ gia đình": a BHXH number and its holder's name → the household's members, masked. */
export function HouseholdLookUpPage() {
  const t = useLookUpsT();
  const { locale } = useLocale();
  const lookUp = useProtectedLookUp({
    url: lookUpApi.household,
    fields: householdFields,
    validate: validateHouseholdLookUp,
    body: householdLookUpBody,
    read: readMembers,
  });

  return (
    <ProtectedLookUpPage
      title={t("household.title")}
      lead={t("household.lead")}
      lookUp={lookUp}
      found="household.found"
      none="household.none"
      renderDetail={({ relation }) =>
        relation && <p className="text-lg">{fill(t("household.relation"), { relation: relation[locale] })}</p>
      }
    >
      <TextField
        {...lookUp.bind("bhxhNumber")}
        label={t("household.bhxhNumber.label")}
        hint={t("household.bhxhNumber.hint")}
        inputMode="numeric"
        autoComplete="off"
        aria-required="true"
      />
      <TextField
        {...lookUp.bind("fullName")}
        label={t("household.fullName.label")}
        hint={t("lu.fullName.hint")}
        autoComplete="name"
        autoCapitalize="words"
        spellCheck={false}
        aria-required="true"
      />
    </ProtectedLookUpPage>
  );
}

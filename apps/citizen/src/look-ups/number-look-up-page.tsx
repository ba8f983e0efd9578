import { Button, TextField } from "@ansinh/ui";
import { useState } from "react";
import { fill, useLookUpsT } from "./i18n/messages";
import { type Candidate, lookUpApi, readCandidates } from "./look-up-api";
import { ProtectedLookUpPage, useProtectedLookUp } from "./protected-look-up";
import { ProvinceSelect } from "./province-select";
import { numberFields, numberLookUpBody, validateNumberLookUp } from "./validate-look-ups";

/** "Tra cứu mã số BHXH": province, name, and the birth date or the CCCD number → masked candidates. */
export function NumberLookUpPage() {
  const t = useLookUpsT();
  const lookUp = useProtectedLookUp({
    url: lookUpApi.bhxhNumber,
    fields: numberFields,
    validate: validateNumberLookUp,
    body: numberLookUpBody,
    read: readCandidates,
  });
  const field = (name: (typeof numberFields)[number]) => ({
    ...lookUp.bind(name),
    label: t(`number.${name}.label`),
    hint: t(name === "fullName" ? "lu.fullName.hint" : `number.${name}.hint`),
  });

  return (
    <ProtectedLookUpPage
      title={t("number.title")}
      lead={t("number.lead")}
      lookUp={lookUp}
      found="number.found"
      none="number.none"
      renderDetail={(candidate) => <RevealedNumber candidate={candidate} />}
    >
      <ProvinceSelect {...field("provinceCode")} emptyOption="lu.province.choose" aria-required />
      <TextField
        {...field("fullName")}
        autoComplete="name"
        autoCapitalize="words"
        spellCheck={false}
        aria-required="true"
      />
      <TextField {...field("birthDate")} inputMode="numeric" autoComplete="bday" placeholder="dd/mm/yyyy" />
      <TextField {...field("nationalId")} inputMode="numeric" autoComplete="off" />
    </ProtectedLookUpPage>
  );
}

/** The BHXH number where the server revealed it, with a button to copy it; else why it is not shown. */
function RevealedNumber({ candidate }: { candidate: Candidate }) {
  const t = useLookUpsT();
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const number = candidate.bhxhNumber;
  if (number === null) return <p className="mt-2 text-muted">{t("number.hidden")}</p>;

  async function copy(value: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <>
      <p className="mt-3 text-lg">
        {t("number.bhxhNumber")}:{" "}
        <strong className="text-2xl tracking-wider" data-testid="bhxh-number">
          {number}
        </strong>
      </p>
      <Button variant="secondary" className="mt-3" onClick={() => void copy(number)}>
        {t("number.copy")}
      </Button>
      <p role="status" className="mt-2 empty:hidden">
        {copied === "yes" && fill(t("number.copied"), { number })}
        {copied === "failed" && fill(t("number.copyFailed"), { number })}
      </p>
    </>
  );
}

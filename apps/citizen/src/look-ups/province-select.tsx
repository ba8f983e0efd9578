import { SelectField } from "@ansinh/ui";
import { fill, type LookUpsMessageKey, useLookUpsT } from "./i18n/messages";
import { provinceChoices } from "./provinces";

interface ProvinceSelectProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange: (code: string) => void;
  /** The first option, with the value "": "all provinces" for a filter, "choose one" for a question. */
  emptyOption: LookUpsMessageKey;
  "aria-required"?: boolean;
}

/** The 34 provinces as a drop-down, the former provinces each took in shown beside its name. */
export function ProvinceSelect({ emptyOption, ...field }: ProvinceSelectProps) {
  const t = useLookUpsT();
  return (
    <SelectField {...field}>
      <option value="">{t(emptyOption)}</option>
      {provinceChoices.map(({ code, name, former }) => (
        <option key={code} value={code}>
          {former.length > 0 ? fill(t("lu.province.formerly"), { name, former: former.join(", ") }) : name}
        </option>
      ))}
    </SelectField>
  );
}

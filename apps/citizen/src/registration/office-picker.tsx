import { foldVietnamese } from "@ansinh/domain";
import { Button, TextField } from "@ansinh/ui";
import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useState } from "react";
import { fill, useRegistrationT } from "./i18n/messages";
import type { Office, OfficesState } from "./offices";
import { provinceNames } from "./provinces";

interface OfficePickerProps {
  /** The list as `useOffices` has it, and its retry: the step needs the list too, to check the choice. */
  offices: OfficesState;
  retry: () => void;
  /** The province listed first (the person's own), whose province office is preset; or null. */
  ownProvince: string | null;
  value: string;
  onChange: (officeCode: string) => void;
  /** Already translated; the radio group is marked invalid and the error summary links to it. */
  error?: string;
  /** "Tiếp tục": the step checks the choice and moves on. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

type Listed = Office & { provinceName: string; searchText: string };

const collator = new Intl.Collator("vi");

/**
 * The offices by province, own province first and then by name; in each, the province office first
 * and then the grassroots offices by name. Each carries the folded text the search matches against.
 */
function listOffices(offices: readonly Office[], ownProvince: string | null): Listed[] {
  const listed = offices.map((office) => {
    const provinceName = provinceNames.get(office.provinceCode) ?? office.provinceCode;
    return {
      ...office,
      provinceName,
      searchText: foldVietnamese(`${office.name} ${office.address} ${provinceName}`),
    };
  });
  const rank = (office: Listed) => [office.provinceCode !== ownProvince, office.level !== "province"];
  return listed.sort((a, b) => {
    const [aOwn, aLevel] = rank(a);
    const [bOwn, bLevel] = rank(b);
    return (
      Number(aOwn) - Number(bOwn) ||
      collator.compare(a.provinceName, b.provinceName) ||
      Number(aLevel) - Number(bLevel) ||
      collator.compare(a.name, b.name)
    );
  });
}

/**
 * "Nơi tiếp nhận", step 3 of both the self-registration and the child-account journeys (they list the
 * same offices in the same words): a status while the list loads, a retry if it could not, and then the
 * form with the picker and "Tiếp tục".
 */
export function OfficePicker({ offices, retry, ...form }: OfficePickerProps) {
  const t = useRegistrationT();
  if (offices.kind === "loading") {
    return (
      <p role="status" className="text-lg">
        {t("office.loading")}
      </p>
    );
  }
  if (offices.kind === "failed") {
    return (
      <div role="alert" className="border-l-4 border-error bg-white p-4">
        <p className="text-lg">{t("office.loadFailed")}</p>
        <Button variant="secondary" className="mt-3" onClick={retry}>
          {t("office.retry")}
        </Button>
      </div>
    );
  }
  return <OfficeForm offices={offices.offices} {...form} />;
}

/**
 * A search box (with or without Vietnamese marks) over the offices, listed as radio buttons under a
 * heading per province. The input named `officeCode` is the chosen office's when it is shown, or else
 * the first one shown, so that an error summary link always lands on a radio button.
 */
function OfficeForm({
  offices,
  ownProvince,
  value,
  onChange,
  error,
  onSubmit,
}: Omit<OfficePickerProps, "offices" | "retry"> & { offices: readonly Office[] }) {
  const t = useRegistrationT();
  const [query, setQuery] = useState("");
  const listed = useMemo(() => listOffices(offices, ownProvince), [offices, ownProvince]);
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  const shown = listed.filter((office) => words.every((word) => office.searchText.includes(word)));
  const provinces = [...new Set(shown.map((office) => office.provinceCode))];
  const selected = offices.find((office) => office.code === value);
  const target = shown.some((office) => office.code === value) ? value : shown[0]?.code;

  // Most people send the dossier to their own province's office: it is chosen for them, once.
  useEffect(() => {
    if (value !== "") return;
    const own = offices.find((office) => office.level === "province" && office.provinceCode === ownProvince);
    if (own) onChange(own.code);
  }, [offices, ownProvince, value, onChange]);

  // Enter (the keyboard's search key) in the search box filters; it must not send the form.
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <TextField
        id="officeSearch"
        type="search"
        label={t("office.search.label")}
        hint={t("office.search.hint")}
        value={query}
        onValueChange={setQuery}
        onKeyDown={onSearchKey}
        autoComplete="off"
        enterKeyHint="search"
        spellCheck={false}
      />
      {selected && (
        <p className="mb-4 border-l-4 border-success bg-white p-3">
          <span className="font-bold">{t("office.selected")}</span> {selected.name}
        </p>
      )}
      <fieldset
        className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`}
        aria-describedby={error ? "officeCode-error" : undefined}
      >
        <legend className="text-lg font-bold">{t("office.legend")}</legend>
        {error && (
          <p id="officeCode-error" className="mt-1 font-bold text-error">
            {error}
          </p>
        )}
        <p role="status" className="mt-1 text-muted">
          {shown.length > 0 ? fill(t("office.count"), { n: shown.length }) : t("office.none")}
        </p>
        {provinces.map((province) => (
          <section key={province} aria-labelledby={`province-${province}`} className="mt-4">
            <h2 id={`province-${province}`} className="text-xl font-bold">
              {provinceNames.get(province) ?? province}
            </h2>
            <ul className="mt-2 divide-y divide-line/40 border-y border-line/40 bg-white">
              {shown
                .filter((office) => office.provinceCode === province)
                .map((office) => (
                  <li key={office.code}>
                    <label className="flex min-h-touch cursor-pointer gap-3 px-3 py-3">
                      <input
                        type="radio"
                        name="officeCode"
                        id={office.code === target ? "officeCode" : `office-${office.code}`}
                        value={office.code}
                        checked={office.code === value}
                        onChange={() => onChange(office.code)}
                        aria-invalid={error ? true : undefined}
                        className="mt-0.5 size-6 shrink-0 accent-brand"
                      />
                      <span>
                        <span className="block text-lg font-bold">{office.name}</span>
                        {office.address && <span className="block text-muted">{office.address}</span>}
                      </span>
                    </label>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </fieldset>
      <Button type="submit" className="w-full">
        {t("reg.continue")}
      </Button>
    </form>
  );
}

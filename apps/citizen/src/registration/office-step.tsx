import { foldVietnamese } from "@ansinh/domain";
import { Button, TextField, useLocale } from "@ansinh/ui";
import { Navigate, useNavigate } from "@tanstack/react-router";
import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useState } from "react";
import { paths } from "../paths";
import { fill, useRegistrationT } from "./i18n/messages";
import { type Office, useOffices } from "./offices";
import { provinceNames, provinceOfBhxhNumber } from "./provinces";
import {
  currentRegistration,
  detailsComplete,
  photosComplete,
  setOfficeCode,
  stepAfter,
  useRegistration,
} from "./registration-store";
import { StepErrorSummary } from "./step-error-summary";
import { StepPage } from "./step-page";
import { textIn } from "./submit-registration";
import { digitsOf } from "./validate-details";

interface ProvinceGroup {
  provinceCode: string;
  provinceName: string;
  offices: Array<Office & { searchText: string }>;
}

const collator = new Intl.Collator("vi");

/**
 * The offices by province: the person's own province first, then the others by name; in each, the
 * province office first, then the grassroots offices by name.
 */
function groupOffices(offices: readonly Office[], ownProvince: string | null): ProvinceGroup[] {
  const groups = new Map<string, ProvinceGroup>();
  for (const office of offices) {
    const provinceName = provinceNames.get(office.provinceCode) ?? office.provinceCode;
    let group = groups.get(office.provinceCode);
    if (!group) {
      group = { provinceCode: office.provinceCode, provinceName, offices: [] };
      groups.set(office.provinceCode, group);
    }
    group.offices.push({
      ...office,
      searchText: foldVietnamese(`${office.name} ${office.address} ${provinceName}`),
    });
  }
  for (const group of groups.values()) {
    group.offices.sort(
      (a, b) =>
        Number(b.level === "province") - Number(a.level === "province") || collator.compare(a.name, b.name),
    );
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.provinceCode === ownProvince) - Number(a.provinceCode === ownProvince) ||
      collator.compare(a.provinceName, b.provinceName),
  );
}

function filterGroups(groups: readonly ProvinceGroup[], query: string): ProvinceGroup[] {
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...groups];
  return groups.flatMap((group) => {
    const offices = group.offices.filter((office) => words.every((word) => office.searchText.includes(word)));
    return offices.length > 0 ? [{ ...group, offices }] : [];
  });
}

/** Step 3, "Nơi tiếp nhận": the office that reviews the dossier, preset to the person's province office. */
export function OfficeStep() {
  const t = useRegistrationT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const registration = useRegistration();
  const { state: offices, retry } = useOffices();
  const [query, setQuery] = useState("");
  const [missing, setMissing] = useState(false);
  const [attempts, setAttempts] = useState(0);

  const ownProvince = provinceOfBhxhNumber(digitsOf(registration.details.bhxhNumber));
  const list = offices.kind === "loaded" ? offices.offices : null;
  const groups = useMemo(() => (list ? groupOffices(list, ownProvince) : []), [list, ownProvince]);
  const shown = useMemo(() => filterGroups(groups, query), [groups, query]);
  const shownCount = shown.reduce((count, group) => count + group.offices.length, 0);

  // Preselect the province office of the person's province, once the list is there.
  useEffect(() => {
    if (!list || currentRegistration().officeCode !== "") return;
    const own = list.find((office) => office.level === "province" && office.provinceCode === ownProvince);
    if (own) setOfficeCode(own.code);
  }, [list, ownProvince]);

  if (!detailsComplete(registration)) return <Navigate to={paths.register} replace />;
  if (!photosComplete(registration)) return <Navigate to={paths.registerPhotos} replace />;

  const selected = list?.find((office) => office.code === registration.officeCode) ?? null;
  const serverError = registration.problem?.fields.officeCode;
  const error =
    missing && !selected ? t("office.required") : serverError ? textIn(serverError, locale) : undefined;
  const detail =
    serverError && registration.problem?.detail ? textIn(registration.problem.detail, locale) : null;
  // The error summary links to the chosen office's radio button, or else to the first one shown.
  const firstShown = shown[0]?.offices[0]?.code;
  const shownCodes = new Set(shown.flatMap((group) => group.offices.map((office) => office.code)));
  const targetCode = selected && shownCodes.has(selected.code) ? selected.code : firstShown;

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!selected) {
      setMissing(true);
      setAttempts((count) => count + 1);
      return;
    }
    void navigate({ to: stepAfter(currentRegistration(), paths.registerCheck) });
  }

  // Enter (the keyboard's search key) in the search box filters; it must not send the form.
  function onSearchKey(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === "Enter") event.preventDefault();
  }

  return (
    <StepPage
      step={3}
      back={paths.registerPhotos}
      title={t("office.title")}
      errorSummary={
        error &&
        (attempts > 0 || serverError) && (
          <StepErrorSummary
            key={`${attempts}-${registration.problemCount}`}
            detail={detail}
            items={[{ fieldId: "officeCode", message: error }]}
          />
        )
      }
    >
      <p className="mb-6 text-lg">{t("office.lead")}</p>
      {offices.kind === "loading" && (
        <p role="status" className="text-lg">
          {t("office.loading")}
        </p>
      )}
      {offices.kind === "failed" && (
        <div role="alert" className="border-l-4 border-error bg-white p-4">
          <p className="text-lg">{t("office.loadFailed")}</p>
          <Button variant="secondary" className="mt-3" onClick={retry}>
            {t("office.retry")}
          </Button>
        </div>
      )}
      {offices.kind === "loaded" && (
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
              {shownCount > 0 ? fill(t("office.count"), { n: shownCount }) : t("office.none")}
            </p>
            {shown.map((group) => (
              <section
                key={group.provinceCode}
                aria-labelledby={`province-${group.provinceCode}`}
                className="mt-4"
              >
                <h2 id={`province-${group.provinceCode}`} className="text-xl font-bold">
                  {group.provinceName}
                </h2>
                <ul className="mt-2 divide-y divide-line/40 border-y border-line/40 bg-white">
                  {group.offices.map((office) => (
                    <li key={office.code}>
                      <label className="flex min-h-touch cursor-pointer gap-3 px-3 py-3">
                        <input
                          type="radio"
                          name="officeCode"
                          id={office.code === targetCode ? "officeCode" : `office-${office.code}`}
                          value={office.code}
                          checked={office.code === registration.officeCode}
                          onChange={() => setOfficeCode(office.code)}
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
      )}
    </StepPage>
  );
}

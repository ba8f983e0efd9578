import { Button, RadioField, TextField } from "@ansinh/ui";
import { type KeyboardEvent, useState } from "react";
import { getReply } from "../../account/api-reply";
import { type Facility, listUrl, lookUpApi, readFacility, readListPage } from "../../look-ups/look-up-api";
import { withCommune } from "../../look-ups/place-text";
import { facilityName, rememberFacility } from "../facility-names";
import { fill } from "../i18n/messages";
import { type AnswerProps, useQuestion } from "./field-props";

type Search =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "loaded"; items: Facility[] }
  | { kind: "failed" };

/**
 * A healthcare facility (its 5-character code is the answer), found with the public facilities
 * look-up: type part of the name or the code, "Tìm cơ sở", then choose one of the results. The search
 * box carries the field's id, so the error summary's link lands where the person starts again.
 */
export function FacilityAnswer({ field, value, error, onValueChange }: AnswerProps) {
  const { label, hint, locale, t } = useQuestion(field);
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<Search>({ kind: "idle" });

  async function find(): Promise<void> {
    if (query.trim() === "" || search.kind === "loading") return;
    setSearch({ kind: "loading" });
    const reply = await getReply(listUrl(lookUpApi.facilities, { q: query }, 1), locale);
    const page = reply.kind === "answer" && reply.ok ? readListPage(reply.body, readFacility) : null;
    for (const facility of page?.items ?? []) rememberFacility(facility.code, facility.name);
    setSearch(page ? { kind: "loaded", items: page.items } : { kind: "failed" });
  }

  // Enter in the search box searches; it must not send the whole form.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key !== "Enter") return;
    event.preventDefault();
    void find();
  }

  const chosenName = facilityName(value);
  return (
    <fieldset className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`}>
      <legend className="text-lg font-bold">{label}</legend>
      {hint && <p className="mt-1 text-muted">{hint}</p>}
      {value !== "" && (
        <p className="mt-2 rounded-md bg-white p-3 text-lg font-bold" role="status">
          {chosenName
            ? fill(t("facility.chosen"), { name: chosenName, code: value })
            : fill(t("facility.code"), { code: value })}
        </p>
      )}
      <div className="mt-3">
        <TextField
          id={field.name}
          name={`${field.name}-search`}
          label={t("facility.search")}
          error={error}
          value={query}
          onValueChange={setQuery}
          onKeyDown={onKeyDown}
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          aria-required={field.required || undefined}
        />
        <Button variant="secondary" className="-mt-2 mb-4 w-full" onClick={() => void find()}>
          {search.kind === "loading" ? t("facility.searching") : t("facility.searchButton")}
        </Button>
      </div>
      <div aria-live="polite">
        {search.kind === "failed" && <p className="mb-4 text-lg">{t("facility.failed")}</p>}
        {search.kind === "loaded" && search.items.length === 0 && (
          <p className="mb-4 text-lg">{t("facility.none")}</p>
        )}
      </div>
      {search.kind === "loaded" && search.items.length > 0 && (
        <RadioField
          id={`${field.name}-result`}
          legend={t("facility.results")}
          value={value}
          onValueChange={onValueChange}
          options={search.items.map((facility) => ({
            value: facility.code,
            label: facility.name,
            hint: `${fill(t("facility.code"), { code: facility.code })} · ${withCommune(facility.address, facility.commune)}`,
            lang: "vi",
          }))}
        />
      )}
    </fieldset>
  );
}

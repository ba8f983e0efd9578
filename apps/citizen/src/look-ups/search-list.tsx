import { Button, ErrorSummary, LoginReplyNotice, SelectField, TextField, useLocale } from "@ansinh/ui";
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { noticeReply } from "../account/api-form-summary";
import { type ApiReply, fieldText, getReply, unavailable } from "../account/api-reply";
import { explainRefusal } from "./explain-reply";
import { fill, type LookUpsMessageKey, useLookUpsT } from "./i18n/messages";
import { type ListPage, listUrl, readListPage } from "./look-up-api";
import { LookUpFrame } from "./look-up-frame";
import { ProvinceSelect } from "./province-select";
import { useNearMe } from "./use-near-me";

/** A filter beside the search box; `name` is its query parameter and its input's id. */
export interface Filter {
  name: string;
  label: LookUpsMessageKey;
  hint?: LookUpsMessageKey;
  kind: "text" | "select" | "checkbox";
  /** For a select: the choices after "Tất cả" (the value ""). */
  options?: ReadonlyArray<{ value: string; label: LookUpsMessageKey }>;
}

interface SearchListProps<Item> {
  title: string;
  lead: string;
  /** The list's API path; it answers pages of `{ items, page, pageSize, total }`. */
  endpoint: string;
  /** The search box (the `q` parameter), and how many characters it needs if it is required. */
  search: {
    label: LookUpsMessageKey;
    hint: LookUpsMessageKey;
    minLength?: number;
    tooShort?: LookUpsMessageKey;
  };
  filters?: readonly Filter[];
  /** Offers "Gần tôi"; the list then needs a province or the location, or else says `provinceRequired`. */
  nearMe?: { provinceRequired: LookUpsMessageKey };
  /** Said before the first search; without it, the whole list loads as the page opens. */
  prompt?: LookUpsMessageKey;
  read: (fields: Readonly<Record<string, unknown>>) => Item | null;
  itemKey: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
}

type Criteria = Readonly<Record<string, string>>;

interface Query {
  criteria: Criteria;
  /** "latitude,longitude" when sorted by distance from the person. */
  near: string | null;
  page: number;
}

type ListState<Item> =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "loaded"; list: ListPage<Item> }
  /** Refused or unanswered, in words the page can show (see explainRefusal). */
  | { kind: "refused"; reply: ApiReply };

/**
 * A public list — offices, employers, collection points, facilities — with a search box (marks
 * optional: the API folds them), a province, the list's own filters, "Gần tôi" where it helps, and
 * pages of results. One component, so the four lists look, read and behave the same.
 */
export function SearchList<Item>({
  title,
  lead,
  endpoint,
  search,
  filters = [],
  nearMe,
  prompt,
  read,
  itemKey,
  renderItem,
}: SearchListProps<Item>) {
  const t = useLookUpsT();
  const { locale } = useLocale();
  const names = ["q", "province", ...filters.map((filter) => filter.name)];
  const [draft, setDraft] = useState<Criteria>(() => Object.fromEntries(names.map((name) => [name, ""])));
  const [query, setQuery] = useState<Query | null>(() =>
    prompt ? null : { criteria: draft, near: null, page: 1 },
  );
  const [state, setState] = useState<ListState<Item>>({ kind: "idle" });
  const [errors, setErrors] = useState<Partial<Record<string, LookUpsMessageKey>>>({});
  // Counts refused searches: the error summary's key, so that it takes focus each time.
  const [attempts, setAttempts] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // Set by a change of page: the reader is then taken to the top of the new page of results.
  const focusResults = useRef(false);

  const onLocated = useCallback(
    (near: string) => {
      setErrors({});
      setQuery({ criteria: draft, near, page: 1 });
    },
    [draft],
  );
  const { location, locate, stop } = useNearMe(onLocated);
  const near = location.kind === "on" ? location.near : null;

  useEffect(() => {
    if (!query) return;
    let live = true;
    setState({ kind: "loading" });
    const url = listUrl(endpoint, { ...query.criteria, near: query.near ?? "" }, query.page);
    void getReply(url, locale).then((reply) => {
      if (!live) return;
      const list = reply.kind === "answer" && reply.ok ? readListPage(reply.body, read) : null;
      if (list) {
        setState({ kind: "loaded", list });
        return;
      }
      setState({
        kind: "refused",
        reply: explainRefusal(reply.kind === "answer" && reply.ok ? unavailable : reply),
      });
      if (reply.kind === "answer" && reply.status === 400) setAttempts((count) => count + 1);
    });
    return () => {
      live = false;
    };
  }, [query, endpoint, read, locale]);

  useEffect(() => {
    if (state.kind !== "loaded" || !focusResults.current) return;
    focusResults.current = false;
    heading.current?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const found: Partial<Record<string, LookUpsMessageKey>> = {};
    const q = draft.q?.trim() ?? "";
    if (search.minLength && search.tooShort && q.length < search.minLength) found.q = search.tooShort;
    if (nearMe && !draft.province && !near) found.province = nearMe.provinceRequired;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempts((count) => count + 1);
      return;
    }
    setQuery({ criteria: draft, near, page: 1 });
  }

  function goToPage(page: number): void {
    if (!query) return;
    focusResults.current = true;
    setQuery({ ...query, page });
  }

  const refusal = state.kind === "refused" ? state.reply : null;
  // The API names a query parameter after Fastify's validation context ("querystring.q"); the
  // contract's "query.q" is read too.
  const apiFields = Object.fromEntries(
    names.flatMap((name) => [`querystring.${name}`, `query.${name}`].map((field) => [field, name])),
  );
  const errorOf = (name: string): string | undefined => {
    const key = errors[name];
    if (key) return t(key);
    return fieldText(refusal, `querystring.${name}`, locale) ?? fieldText(refusal, `query.${name}`, locale);
  };
  const summary = names.flatMap((name) => {
    const message = errorOf(name);
    return message ? [{ fieldId: name, message }] : [];
  });
  const bind = (name: string, label: LookUpsMessageKey, hint?: LookUpsMessageKey): BoundField => ({
    id: name,
    name,
    label: t(label),
    hint: hint && t(hint),
    error: errorOf(name),
    value: draft[name] ?? "",
    onValueChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })),
  });

  return (
    <LookUpFrame
      title={title}
      lead={lead}
      errorSummary={summary.length > 0 && <ErrorSummary key={attempts} errors={summary} />}
    >
      <search>
        <form noValidate onSubmit={onSubmit} className="rounded-md bg-white p-4">
          <TextField
            {...bind("q", search.label, search.hint)}
            type="search"
            enterKeyHint="search"
            autoComplete="off"
            spellCheck={false}
            aria-required={search.minLength ? true : undefined}
          />
          <ProvinceSelect {...bind("province", "lu.province.label")} emptyOption="lu.province.all" />
          {filters.map((filter) => (
            <FilterField
              key={filter.name}
              filter={filter}
              field={bind(filter.name, filter.label, filter.hint)}
            />
          ))}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" className="grow">
              {t("list.search")}
            </Button>
            {nearMe && (
              <Button
                variant="secondary"
                className="grow"
                onClick={locate}
                disabled={location.kind === "locating"}
              >
                {t("list.nearMe")}
              </Button>
            )}
          </div>
          {nearMe && <NearMeNote location={location} onStop={stop} />}
        </form>
      </search>

      {prompt && query === null && <p className="mt-6 text-lg">{t(prompt)}</p>}
      {query !== null && (
        <section aria-labelledby="list-results" className="mt-8">
          <h2 id="list-results" ref={heading} tabIndex={-1} className="text-2xl font-bold">
            {t("lu.resultsHeading")}
          </h2>
          <Results state={state} itemKey={itemKey} renderItem={renderItem} onPage={goToPage} />
          {refusal && (
            <div className="mt-3">
              <LoginReplyNotice reply={noticeReply(refusal, apiFields)} />
              {(refusal.kind !== "answer" || refusal.status !== 400) && (
                <Button variant="secondary" onClick={() => setQuery({ ...query })}>
                  {t("list.retry")}
                </Button>
              )}
            </div>
          )}
        </section>
      )}
    </LookUpFrame>
  );
}

/** A field's props as the list binds them to its draft criteria. */
interface BoundField {
  id: string;
  name: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
}

function FilterField({ filter, field }: { filter: Filter; field: BoundField }) {
  const t = useLookUpsT();
  if (filter.kind === "text") return <TextField {...field} autoComplete="off" spellCheck={false} />;
  if (filter.kind === "select") {
    return (
      <SelectField {...field}>
        <option value="">{t("list.all")}</option>
        {filter.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </SelectField>
    );
  }
  return (
    <div className="mb-6 flex min-h-touch items-center gap-3">
      <input
        type="checkbox"
        id={field.id}
        name={field.name}
        checked={field.value === "true"}
        onChange={(event) => field.onValueChange(event.target.checked ? "true" : "")}
        className="size-6 shrink-0 accent-brand"
      />
      <label htmlFor={field.id} className="text-lg">
        {field.label}
      </label>
    </div>
  );
}

function NearMeNote({
  location,
  onStop,
}: {
  location: ReturnType<typeof useNearMe>["location"];
  onStop: () => void;
}) {
  const t = useLookUpsT();
  return (
    <>
      <p role="status" className="mt-3 text-lg empty:hidden">
        {location.kind === "locating" && t("list.locating")}
        {location.kind === "on" && t("list.near")}
      </p>
      {location.kind === "on" && (
        <Button variant="secondary" className="mt-2" onClick={onStop}>
          {t("list.nearOff")}
        </Button>
      )}
      <div role="alert" className="empty:hidden">
        {location.kind === "refused" && (
          <p className="mt-3 border-l-4 border-error pl-3 text-lg">{t(location.reason)}</p>
        )}
      </div>
    </>
  );
}

function Results<Item>({
  state,
  itemKey,
  renderItem,
  onPage,
}: {
  state: ListState<Item>;
  itemKey: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  onPage: (page: number) => void;
}) {
  const t = useLookUpsT();
  const list = state.kind === "loaded" ? state.list : null;
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 0;
  return (
    <>
      {/* Always in the page, so that what it says as results come and go is read out. */}
      <p role="status" className="mt-3 text-lg empty:hidden">
        {state.kind === "loading" && t("list.searching")}
        {list &&
          (list.total === 0
            ? t("list.none")
            : [
                fill(t("list.found"), { n: list.total }),
                pages > 1 ? fill(t("list.pageOf"), { page: list.page, pages }) : "",
              ]
                .filter(Boolean)
                .join(" "))}
      </p>
      {list && list.items.length > 0 && (
        <ul className="mt-4 space-y-4">
          {list.items.map((item) => (
            <li key={itemKey(item)} className="rounded-md bg-white p-4" data-testid="list-item">
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
      {list && pages > 1 && (
        <div className="mt-6 flex flex-wrap justify-between gap-3">
          {list.page > 1 ? (
            <Button variant="secondary" onClick={() => onPage(list.page - 1)}>
              <span aria-hidden="true">‹</span> {t("list.previous")}
            </Button>
          ) : (
            <span />
          )}
          {list.page < pages && (
            <Button variant="secondary" onClick={() => onPage(list.page + 1)}>
              {t("list.next")} <span aria-hidden="true">›</span>
            </Button>
          )}
        </div>
      )}
    </>
  );
}

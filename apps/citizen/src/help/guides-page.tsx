import { TextField, useLocale } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { paths } from "../paths";
import { guidesIn } from "./guides";
import { HelpFrame } from "./help-frame";
import { fill, useHelpT } from "./i18n/messages";
import { searchGuides } from "./search-guides";

/** "/tro-giup/huong-dan": the guides, found as one types, with or without Vietnamese marks. */
export function GuidesPage() {
  const t = useHelpT();
  const { locale } = useLocale();
  const [query, setQuery] = useState("");
  const found = searchGuides(guidesIn(locale), query);
  const count = found.length === 0 ? t("guides.none") : fill(t("guides.count"), { n: found.length });
  const announced = useSettled(count, 500);

  return (
    <HelpFrame title={t("guides.title")} lead={t("guides.lead")}>
      <search>
        <TextField
          id="guide-search"
          type="search"
          label={t("guides.search")}
          hint={t("guides.searchHint")}
          value={query}
          onValueChange={setQuery}
          autoComplete="off"
          enterKeyHint="search"
        />
      </search>
      <p role="status" className="mb-2 text-lg">
        {announced}
      </p>
      {found.length > 0 && (
        <ul className="divide-y divide-line/40 rounded-md bg-white">
          {found.map((guide) => (
            <li key={guide.slug}>
              <Link
                to={paths.guide}
                params={{ slug: guide.slug }}
                className="flex min-h-touch items-center justify-between gap-3 px-4 py-3 text-ink no-underline hover:bg-surface"
              >
                <span>
                  <span className="block text-lg font-bold text-link underline underline-offset-2">
                    {guide.title}
                  </span>
                  <span className="block text-muted">{guide.summary}</span>
                </span>
                <span aria-hidden="true" className="text-2xl text-muted">
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </HelpFrame>
  );
}

/**
 * `value` once it has stayed the same for `ms`: the count of guides is a live region, and one
 * announcement per keystroke would drown what the person is typing.
 */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

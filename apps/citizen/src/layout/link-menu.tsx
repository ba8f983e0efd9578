import { Link } from "@tanstack/react-router";
import type { MessageKey } from "../i18n/messages";
import { useT } from "../i18n/messages";

export interface MenuEntry {
  to: string;
  label: MessageKey;
  text: MessageKey;
  /** Something new behind the link, e.g. "2 tin nhắn mới": shown as a tag and read with its name. */
  badge?: string;
}

/**
 * A menu of pages under a heading: each row is one link, named by its title and described by the line
 * under it, with room for a thumb.
 */
export function LinkMenu({
  id,
  heading,
  entries,
}: {
  id: string;
  heading: string;
  entries: readonly MenuEntry[];
}) {
  const t = useT();
  return (
    <nav aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      <ul className="mt-2 divide-y divide-line/40 rounded-md bg-white">
        {entries.map(({ to, label, text, badge }) => (
          <li key={to}>
            <Link
              to={to}
              aria-labelledby={badge ? `${label}-title ${label}-badge` : `${label}-title`}
              aria-describedby={`${label}-text`}
              className="flex min-h-touch items-center justify-between gap-3 px-4 py-3 text-ink no-underline hover:bg-surface"
            >
              <span>
                <span
                  id={`${label}-title`}
                  className="block text-lg font-bold text-link underline underline-offset-2"
                >
                  {t(label)}
                </span>
                {badge && (
                  <span
                    id={`${label}-badge`}
                    className="mt-1 inline-block rounded-md bg-brand px-2 text-sm font-bold text-white"
                  >
                    {badge}
                  </span>
                )}
                <span id={`${label}-text`} className="block text-muted">
                  {t(text)}
                </span>
              </span>
              <span aria-hidden="true" className="text-2xl text-muted">
                ›
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { Locale } from "@ansinh/ui";

/** One guide in one language, as written in apps/citizen/src/help/guides/<slug>.<locale>.md. */
export interface Guide {
  slug: string;
  title: string;
  summary: string;
  /** Other words people may search with (e.g. "quên mã số"), not shown. */
  keywords: string;
  /** Its place in the list. */
  order: number;
  /** The Markdown after the front matter. */
  body: string;
}

const fileName = /(?:^|\/)([a-z0-9-]+)\.(vi|en)\.md$/;
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The slug and language of a guide's file path, or null for a file that is not named as one. */
export function guideFile(path: string): { slug: string; locale: Locale } | null {
  const match = fileName.exec(path);
  const [, slug, locale] = match ?? [];
  return slug && (locale === "vi" || locale === "en") ? { slug, locale } : null;
}

/**
 * A guide from its file: a front matter of `key: value` lines (title, summary, keywords, order) between
 * "---" lines, then the Markdown. Throws on a guide without a title, so a broken file fails the tests
 * rather than showing an empty entry.
 */
export function parseGuide(slug: string, source: string): Guide {
  const match = frontMatter.exec(source);
  const meta = new Map<string, string>();
  for (const line of (match?.[1] ?? "").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) meta.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const title = meta.get("title");
  if (!title) throw new Error(`The guide "${slug}" has no title in its front matter`);
  const order = Number(meta.get("order"));
  return {
    slug,
    title,
    summary: meta.get("summary") ?? "",
    keywords: meta.get("keywords") ?? "",
    order: Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER,
    body: source.slice(match?.[0].length ?? 0).trim(),
  };
}

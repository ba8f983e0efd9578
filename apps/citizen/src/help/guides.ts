import type { Locale } from "@ansinh/ui";
import { type Guide, guideFile, parseGuide } from "./guide-source";

// The guides are files of the repository, bundled with their pages: they open offline once seen.
const sources = import.meta.glob<string>("./guides/*.md", { eager: true, query: "?raw", import: "default" });
const pictures = import.meta.glob<string>("./guides/images/*.svg", {
  eager: true,
  query: "?url",
  import: "default",
});

const guidesByLocale: Record<Locale, Guide[]> = { vi: [], en: [] };
for (const [path, source] of Object.entries(sources)) {
  const file = guideFile(path);
  if (file) guidesByLocale[file.locale].push(parseGuide(file.slug, source));
}

/** The guides in the language read (each guide has a file in both; guides.test.ts checks it). */
export function guidesIn(locale: Locale): readonly Guide[] {
  return guidesByLocale[locale];
}

/** The URL of a picture named in a guide ("images/the-bhyt.svg"), or null for one that is not there. */
export function guidePicture(src: string): string | null {
  const name = src.split("/").pop() ?? "";
  return pictures[`./guides/images/${name}`] ?? null;
}

import { useLocale } from "@ansinh/ui";
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { type MouseEvent, useMemo } from "react";
import { HotlineLink } from "../layout/hotline-link";
import { paths } from "../paths";
import { guidePicture, guidesIn } from "./guides";
import { HelpFrame } from "./help-frame";
import { useHelpT } from "./i18n/messages";
import { renderGuide } from "./render-guide";

// The guide's own typography: Tailwind resets headings, lists and pictures, and the HTML comes from Markdown.
const guideStyles =
  "text-lg [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-6 [&_h3]:font-bold [&_p]:mt-3 [&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:mt-3 [&_ul]:list-disc [&_ul]:pl-6 [&_li]:mt-1 [&_img]:my-4 [&_img]:w-full [&_img]:max-w-md [&_img]:rounded-md [&_img]:border-2 [&_img]:border-line [&_img]:bg-white [&_strong]:font-bold [&_blockquote]:mt-4 [&_blockquote]:border-l-4 [&_blockquote]:border-brand [&_blockquote]:bg-white [&_blockquote]:p-4";

/** "/tro-giup/huong-dan/$slug": one guide, drawn from its Markdown, with its pictures. */
export function GuidePage() {
  const t = useHelpT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const params: Record<string, string | undefined> = useParams({ strict: false });
  const guide = guidesIn(locale).find((candidate) => candidate.slug === params.slug);
  const html = useMemo(() => (guide ? renderGuide(guide.body, guidePicture) : ""), [guide]);
  const back = { to: paths.guides, label: t("guides.all") };

  // A link to one of the app's pages opens it in the app, as a router link would, not by reloading it.
  function followAppLink(event: MouseEvent<HTMLDivElement>): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    const href = link?.getAttribute("href");
    if (!href?.startsWith("/")) return;
    event.preventDefault();
    void navigate({ to: href });
  }

  if (!guide)
    return (
      <HelpFrame title={t("guides.title")} back={back}>
        <p className="rounded-md bg-white p-4 text-lg">{t("guides.notFound")}</p>
      </HelpFrame>
    );
  return (
    <HelpFrame title={guide.title} lead={guide.summary} back={back}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the clicks are the links' own, handled here for all of them. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: Enter on a link fires the same click. */}
      <div
        className={guideStyles}
        lang={locale}
        onClick={followAppLink}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML comes from the repository's own Markdown, with raw HTML escaped (render-guide.ts).
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <section aria-labelledby="guide-more" className="mt-10 rounded-md bg-white p-4">
        <h2 id="guide-more" className="text-xl font-bold">
          {t("guides.moreHeading")}
        </h2>
        <p className="mt-2 text-lg">{t("guides.moreText")}</p>
        <div className="mt-4 flex flex-col gap-3">
          <HotlineLink />
          <Link to={paths.help} className="inline-flex min-h-touch items-center text-lg">
            {t("hp.back")}
          </Link>
        </div>
      </section>
    </HelpFrame>
  );
}

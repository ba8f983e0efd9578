import { LanguageSwitch, useFocusHeading } from "@ansinh/ui";
import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { useRef } from "react";
import { useT } from "../i18n/messages";
import { paths } from "../paths";

const navLinkClassName =
  "inline-flex min-h-touch items-center rounded-md px-3 text-lg font-bold text-white no-underline hover:underline aria-[current=page]:bg-white aria-[current=page]:text-brand-dark";

/**
 * `admin`: the sections only admins may open; `helpDesk`: the chats and petitions, for support and
 * admin (the server refuses them to anyone else anyway).
 */
export function ConsoleLayout({
  signedIn,
  admin,
  helpDesk,
}: {
  signedIn: boolean;
  admin: boolean;
  helpDesk: boolean;
}) {
  const t = useT();
  const main = useRef<HTMLElement>(null);
  // Signing in and out change the page without a reload: tell screen-reader users where they are now.
  // The resolved location, because a page is shown only once the server has answered who is signed in.
  const pathname = useRouterState({
    select: (state) => (state.resolvedLocation ?? state.location).pathname,
  });
  useFocusHeading(main, pathname);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="bg-brand text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-3">
          <p className="text-2xl font-bold tracking-tight">
            AnSinh <span className="ml-2 text-lg font-normal">{t("app.subtitle")}</span>
          </p>
          {signedIn && (
            <nav aria-label={t("nav.label")} className="mr-auto">
              <ul className="flex flex-wrap gap-2">
                <li>
                  <Link to={paths.dashboard} className={navLinkClassName} activeOptions={{ exact: true }}>
                    {t("nav.dashboard")}
                  </Link>
                </li>
                <li>
                  <Link to={paths.dossiers} className={navLinkClassName}>
                    {t("nav.dossiers")}
                  </Link>
                </li>
                <li>
                  <Link to={paths.serviceRequests} className={navLinkClassName}>
                    {t("nav.serviceRequests")}
                  </Link>
                </li>
                {helpDesk && (
                  <>
                    <li>
                      <Link to={paths.helpInbox} className={navLinkClassName}>
                        {t("nav.helpInbox")}
                      </Link>
                    </li>
                    <li>
                      <Link to={paths.petitions} className={navLinkClassName}>
                        {t("nav.petitions")}
                      </Link>
                    </li>
                  </>
                )}
                {admin && (
                  <>
                    <li>
                      <Link to={paths.sms} className={navLinkClassName}>
                        {t("nav.sms")}
                      </Link>
                    </li>
                    <li>
                      <Link to={paths.staff} className={navLinkClassName}>
                        {t("nav.staff")}
                      </Link>
                    </li>
                  </>
                )}
              </ul>
            </nav>
          )}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" ref={main} className="mx-auto w-full max-w-6xl flex-1 px-6 py-10">
        <Outlet />
      </main>
    </div>
  );
}

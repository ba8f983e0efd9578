import { useFocusHeading } from "@ansinh/ui";
import { Outlet, useRouterState } from "@tanstack/react-router";
import { useRef } from "react";
import { useT } from "../i18n/messages";
import { AppHeader } from "./app-header";
import { TabBar } from "./tab-bar";

export function AppLayout() {
  const t = useT();
  const main = useRef<HTMLElement>(null);
  // The resolved location changes once the new page is rendered; `location` changes as navigation
  // starts, when a lazily loaded page (the registration steps) may not have replaced the old h1 yet.
  const pathname = useRouterState({
    select: (state) => (state.resolvedLocation ?? state.location).pathname,
  });
  useFocusHeading(main, pathname);

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only bg-focus text-ink focus:not-sr-only focus:absolute focus:top-0 focus:left-0 focus:z-10 focus:p-3"
      >
        {t("skipLink")}
      </a>
      <AppHeader />
      {/* Bottom padding keeps the last lines clear of the fixed tab bar. */}
      <main id="main" ref={main} tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-4 pt-6 pb-28">
        <Outlet />
      </main>
      <TabBar />
    </div>
  );
}

import { LanguageSwitch, useFocusHeading } from "@ansinh/ui";
import { Outlet, useRouterState } from "@tanstack/react-router";
import { useRef } from "react";
import { useT } from "../i18n/messages";

export function ConsoleLayout() {
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
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-6 py-3">
          <p className="text-2xl font-bold tracking-tight">
            AnSinh <span className="ml-2 text-lg font-normal">{t("app.subtitle")}</span>
          </p>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" ref={main} className="mx-auto w-full max-w-6xl flex-1 px-6 py-10">
        <Outlet />
      </main>
    </div>
  );
}

import { LanguageSwitch } from "@ansinh/ui";
import { Outlet } from "@tanstack/react-router";
import { useT } from "../i18n/messages";

export function ConsoleLayout() {
  const t = useT();
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
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-6 py-10">
        <Outlet />
      </main>
    </div>
  );
}

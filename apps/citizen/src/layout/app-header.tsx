import { LanguageSwitch } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { paths } from "../paths";

export function AppHeader() {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-xl items-center justify-between gap-3 px-4 py-2">
        <Link
          to={paths.personal}
          className="flex min-h-touch items-center text-2xl font-bold tracking-tight text-white no-underline"
        >
          AnSinh
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  );
}

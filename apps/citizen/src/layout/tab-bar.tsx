import { Link } from "@tanstack/react-router";
import type { ComponentType } from "react";
import type { MessageKey } from "../i18n/messages";
import { useT } from "../i18n/messages";
import { paths } from "../paths";
import { HelpIcon, LookUpIcon, PersonIcon, ServicesIcon } from "./tab-icons";

const tabs: ReadonlyArray<{ to: string; label: MessageKey; Icon: ComponentType }> = [
  { to: paths.personal, label: "tabs.personal", Icon: PersonIcon },
  { to: paths.services, label: "tabs.services", Icon: ServicesIcon },
  { to: paths.lookUp, label: "tabs.lookUp", Icon: LookUpIcon },
  { to: paths.help, label: "tabs.help", Icon: HelpIcon },
];

/** Bottom tabs within thumb reach; the router marks the current one with aria-current="page". */
export function TabBar() {
  const t = useT();
  return (
    <nav
      aria-label={t("nav.label")}
      className="fixed inset-x-0 bottom-0 border-t border-line bg-white pb-[env(safe-area-inset-bottom)]"
    >
      <ul className="mx-auto grid max-w-xl grid-cols-4">
        {tabs.map(({ to, label, Icon }) => (
          <li key={to}>
            <Link
              to={to}
              // "/" would otherwise count as active on every page.
              activeOptions={{ exact: to === paths.personal }}
              className="flex min-h-16 flex-col items-center justify-center gap-1 border-t-4 border-transparent px-1 pt-1 pb-2 text-center text-[0.8125rem] leading-tight font-bold text-muted no-underline aria-[current=page]:border-brand aria-[current=page]:text-brand"
            >
              <Icon />
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

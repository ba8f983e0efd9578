import { fillText, LanguageSwitch } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useT } from "../i18n/messages";
import { paths } from "../paths";
import { BellIcon } from "./tab-icons";
import { useUnreadCount } from "./use-unread-count";

export function AppHeader() {
  const unread = useUnreadCount();
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-xl items-center justify-between gap-3 px-4 py-2">
        <Link
          to={paths.personal}
          className="mr-auto flex min-h-touch items-center text-2xl font-bold tracking-tight text-white no-underline"
        >
          AnSinh
        </Link>
        {unread !== null && <NotificationsLink unread={unread} />}
        <LanguageSwitch />
      </div>
    </header>
  );
}

/**
 * The bell that opens the notification centre, with the number of unread ones on it. Its name says the
 * number in words ("Thông báo, 2 chưa đọc"), since the badge is only drawn.
 */
function NotificationsLink({ unread }: { unread: number }) {
  const t = useT();
  const name = unread > 0 ? fillText(t("notifications.linkUnread"), { n: unread }) : t("notifications.link");
  return (
    <Link
      to={paths.notifications}
      aria-label={name}
      className="relative inline-flex min-h-touch min-w-touch items-center justify-center rounded-md text-white hover:bg-brand-dark aria-[current=page]:bg-brand-dark"
    >
      <BellIcon />
      {unread > 0 && (
        <span
          aria-hidden="true"
          data-testid="unread-badge"
          className="absolute top-0.5 right-0 min-w-6 rounded-full border-2 border-white bg-error px-1 text-center text-sm leading-5 font-bold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}

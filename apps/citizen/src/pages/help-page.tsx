import { buttonClassName, fillText } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { type HelpContact, helpApi, readChat, readContact } from "../help/help-api";
import { useT } from "../i18n/messages";
import { HotlineLink } from "../layout/hotline-link";
import { LinkMenu, type MenuEntry } from "../layout/link-menu";
import { Page } from "../layout/page";
import { useCitizen } from "../offline/citizen-session";
import { paths } from "../paths";
import { useApiData } from "../services/use-api-data";

const guidesEntry: MenuEntry = { to: paths.guides, label: "help.guides", text: "help.guides.text" };

/**
 * "/tro-giup": the hotline and the guides for everyone; signed in, also the chat (with its unread
 * messages), petitions and an e-mail to the person's own office, written for them with their number.
 */
export function HelpPage() {
  const t = useT();
  const [citizen] = useCitizen();
  const signedIn = citizen.kind === "signedIn" || citizen.kind === "kept";
  return (
    <Page title={t("help.title")} lead={t("help.lead")}>
      <section className="rounded-md bg-white p-4">
        <h2 className="text-xl font-bold">{t("help.callHeading")}</h2>
        <p className="mt-2 mb-4">{t("help.callText")}</p>
        <HotlineLink />
      </section>
      {signedIn && <AskTheOffice />}
      <LinkMenu id="help-read" heading={t("help.readHeading")} entries={[guidesEntry]} />
      {citizen.kind === "signedOut" && (
        <section aria-labelledby="help-sign-in" className="mt-6 rounded-md bg-white p-4">
          <h2 id="help-sign-in" className="text-xl font-bold">
            {t("help.signIn.heading")}
          </h2>
          <p className="mt-2 text-lg">{t("help.signIn.text")}</p>
          <Link to={paths.login} className={`${buttonClassName()} mt-4 w-full`}>
            {t("help.signIn.link")}
          </Link>
        </section>
      )}
    </Page>
  );
}

function AskTheOffice() {
  const t = useT();
  const contact = useApiData(helpApi.contact, readContact).state;
  const chat = useApiData(helpApi.chat, readChat).state;
  const unread = chat.kind === "ready" ? (chat.data.conversation?.unread ?? 0) : 0;
  const entries: MenuEntry[] = [
    {
      to: paths.helpChat,
      label: "help.chat",
      text: "help.chat.text",
      badge: unread > 0 ? fillText(t("help.chat.unread"), { n: unread }) : undefined,
    },
    { to: paths.petitions, label: "help.petitions", text: "help.petitions.text" },
  ];
  return (
    <>
      <LinkMenu id="help-ask" heading={t("help.menuHeading")} entries={entries} />
      <section aria-labelledby="help-email" className="mt-6 rounded-md bg-white p-4">
        <h2 id="help-email" className="text-xl font-bold">
          {t("help.email.heading")}
        </h2>
        {contact.kind === "loading" && <p className="mt-2 text-lg">{t("help.email.loading")}</p>}
        {contact.kind === "ready" ? (
          <EmailTheOffice contact={contact.data} />
        ) : (
          contact.kind !== "loading" && <p className="mt-2 text-lg">{t("help.email.failed")}</p>
        )}
      </section>
    </>
  );
}

function EmailTheOffice({ contact }: { contact: HelpContact }) {
  const t = useT();
  const { office, bhxhNumber } = contact;
  if (!office.email)
    return <p className="mt-2 text-lg">{fillText(t("help.email.none"), { office: office.name })}</p>;
  const words = { office: office.name, number: bhxhNumber };
  // encodeURIComponent, not URLSearchParams: mail apps read "+" literally, not as a space.
  const href = `mailto:${office.email}?subject=${encodeURIComponent(fillText(t("help.email.subject"), words))}&body=${encodeURIComponent(fillText(t("help.email.body"), words))}`;
  return (
    <>
      <p className="mt-2 text-lg">{fillText(t("help.email.text"), { office: office.name })}</p>
      <p className="mt-1 break-all text-muted">{office.email}</p>
      <a href={href} className={`${buttonClassName("secondary")} mt-4 w-full`}>
        {fillText(t("help.email.link"), { office: office.name })}
      </a>
    </>
  );
}

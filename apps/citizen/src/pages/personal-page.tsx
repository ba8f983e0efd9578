import { Button, buttonClassName } from "@ansinh/ui";
import { Link } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { signOut } from "../account/session";
import { useT } from "../i18n/messages";
import { LinkMenu, type MenuEntry } from "../layout/link-menu";
import { Page } from "../layout/page";
import { useCitizen } from "../offline/citizen-session";
import { forgetRecords } from "../offline/record-store";
import { paths } from "../paths";

/**
 * Signed in: who the person is and the way to each of their records. Offline, the person whose
 * records this phone keeps sees the same, with a banner. Signed out: the invitation to sign in.
 */
export function PersonalPage() {
  const t = useT();
  const [citizen, setCitizen] = useCitizen();
  const [justSignedOut, setJustSignedOut] = useState(false);

  return (
    <Page title={t("personal.title")} lead={t("personal.lead")}>
      {/* Present from the start, so the sign-out is announced when it happens. */}
      <p role="status" className="mb-4 text-lg empty:hidden">
        {justSignedOut ? t("personal.signedOutNow") : ""}
      </p>
      {citizen.kind === "checking" && <p className="text-lg">{t("personal.checking")}</p>}
      {(citizen.kind === "signedIn" || citizen.kind === "kept") && (
        <SignedIn
          name={citizen.kind === "signedIn" ? citizen.me.fullName : citizen.owner.fullName}
          bhxhNumber={citizen.kind === "signedIn" ? citizen.me.bhxhNumber : citizen.owner.bhxhNumber}
          kept={citizen.kind === "kept"}
          onSignedOut={() => {
            setJustSignedOut(true);
            setCitizen({ kind: "signedOut", unreachable: false });
          }}
        />
      )}
      {citizen.kind === "signedOut" && (
        <SignedOut focusSignIn={justSignedOut} unreachable={citizen.unreachable} />
      )}
    </Page>
  );
}

const menu: readonly MenuEntry[] = [
  { to: paths.profile, label: "personal.menu.profile", text: "personal.menu.profile.text" },
  { to: paths.card, label: "personal.menu.card", text: "personal.menu.card.text" },
  { to: paths.history, label: "personal.menu.history", text: "personal.menu.history.text" },
  { to: paths.benefits, label: "personal.menu.benefits", text: "personal.menu.benefits.text" },
  { to: paths.visits, label: "personal.menu.visits", text: "personal.menu.visits.text" },
  { to: paths.accessLog, label: "personal.menu.accessLog", text: "personal.menu.accessLog.text" },
];

function SignedIn({
  name,
  bhxhNumber,
  kept,
  onSignedOut,
}: {
  name: string;
  bhxhNumber: string;
  kept: boolean;
  onSignedOut: () => void;
}) {
  const t = useT();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onSignOut(): Promise<void> {
    if (pending) return;
    setPending(true);
    setFailed(false);
    // The records kept for offline use go whatever the server says: the person asked for them to.
    const [done] = await Promise.all([signOut(), forgetRecords()]);
    setPending(false);
    if (done) onSignedOut();
    else setFailed(true);
  }

  return (
    <>
      {kept && (
        <div role="status" className="mb-4 rounded-md border-l-4 border-brand bg-white p-4">
          <p className="text-lg font-bold">{t("personal.kept.title")}</p>
          <p className="mt-1 text-lg">{t("personal.kept.text")}</p>
        </div>
      )}
      <section aria-labelledby="greeting" className="rounded-md bg-white p-4">
        <h2 id="greeting" className="text-2xl font-bold">
          {t("personal.greeting").replace("{name}", name)}
        </h2>
        <dl className="mt-2 text-lg">
          <dt className="inline">{t("personal.bhxhNumber")}: </dt>
          <dd className="inline font-bold">{bhxhNumber}</dd>
        </dl>
      </section>

      <LinkMenu id="records-menu" heading={t("personal.menu")} entries={menu} />

      <div role="alert" className="empty:hidden">
        {failed && <p className="mt-4 border-l-4 border-error p-2 text-lg">{t("personal.signOutFailed")}</p>}
      </div>
      <Button variant="secondary" className="mt-6 w-full" onClick={() => void onSignOut()}>
        {pending ? t("personal.signingOut") : t("personal.signOut")}
      </Button>
    </>
  );
}

/** After a sign-out the button that was pressed is gone: focus moves to the way back in. */
function SignedOut({ focusSignIn, unreachable }: { focusSignIn: boolean; unreachable: boolean }) {
  const t = useT();
  const signIn = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focusSignIn) signIn.current?.focus();
  }, [focusSignIn]);
  return (
    <section className="rounded-md bg-white p-4">
      {unreachable && (
        <p className="mb-3 border-l-4 border-error pl-3 text-lg">{t("personal.unreachable")}</p>
      )}
      <p className="text-lg">{t("personal.signedOut")}</p>
      <Link ref={signIn} to={paths.login} className={`${buttonClassName()} mt-4 w-full`}>
        {t("personal.signIn")}
      </Link>
      <p className="mt-4">
        {t("personal.noAccount")} <Link to={paths.register}>{t("personal.register")}</Link>
      </p>
    </section>
  );
}

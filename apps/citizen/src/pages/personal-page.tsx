import { Button, buttonClassName } from "@ansinh/ui";
import { Link, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { type Me, signOut, useSession } from "../account/session";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { paths } from "../paths";

/**
 * Signed in: who the person is, and an honest word that their insurance details come in a next
 * release. Signed out (the server answers 401): the invitation to sign in or register.
 */
export function PersonalPage() {
  const t = useT();
  const navigate = useNavigate();
  const [session, setSession] = useSession();
  const [justSignedOut, setJustSignedOut] = useState(false);

  const mustChange = session.kind === "signedIn" && session.me.mustChangePassword;
  useEffect(() => {
    if (mustChange) void navigate({ to: paths.changePassword, replace: true });
  }, [mustChange, navigate]);

  return (
    <Page title={t("personal.title")} lead={t("personal.lead")}>
      {/* Present from the start, so the sign-out is announced when it happens. */}
      <p role="status" className="mb-4 text-lg empty:hidden">
        {justSignedOut ? t("personal.signedOutNow") : ""}
      </p>
      {session.kind === "checking" && <p className="text-lg">{t("personal.checking")}</p>}
      {session.kind === "signedIn" && !mustChange && (
        <SignedIn
          me={session.me}
          onSignedOut={() => {
            setJustSignedOut(true);
            setSession({ kind: "signedOut" });
          }}
        />
      )}
      {session.kind === "signedOut" && <SignedOut focusSignIn={justSignedOut} />}
    </Page>
  );
}

function SignedIn({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const t = useT();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onSignOut(): Promise<void> {
    if (pending) return;
    setPending(true);
    setFailed(false);
    const done = await signOut();
    setPending(false);
    if (done) onSignedOut();
    else setFailed(true);
  }

  return (
    <section aria-labelledby="greeting" className="rounded-md bg-white p-4">
      <h2 id="greeting" className="text-2xl font-bold">
        {t("personal.greeting").replace("{name}", me.fullName)}
      </h2>
      <dl className="mt-2 text-lg">
        <dt className="inline">{t("personal.bhxhNumber")}: </dt>
        <dd className="inline font-bold">{me.bhxhNumber}</dd>
      </dl>
      <p className="mt-4 text-lg">{t("personal.nextRelease")}</p>
      <div role="alert" className="empty:hidden">
        {failed && <p className="mt-4 border-l-4 border-error p-2 text-lg">{t("personal.signOutFailed")}</p>}
      </div>
      <Button variant="secondary" className="mt-6 w-full" onClick={() => void onSignOut()}>
        {pending ? t("personal.signingOut") : t("personal.signOut")}
      </Button>
    </section>
  );
}

/** After a sign-out the button that was pressed is gone: focus moves to the way back in. */
function SignedOut({ focusSignIn }: { focusSignIn: boolean }) {
  const t = useT();
  const signIn = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focusSignIn) signIn.current?.focus();
  }, [focusSignIn]);
  return (
    <section className="rounded-md bg-white p-4">
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

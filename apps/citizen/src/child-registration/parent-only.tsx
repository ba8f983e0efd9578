import { Navigate } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { type Me, useSession } from "../account/session";
import { Page } from "../layout/page";
import { paths } from "../paths";
import { useChildT } from "./i18n/messages";

// Who is signed in, once known in this tab: the next steps render at once instead of flashing a
// "checking" page (each step still asks the server, and leaves for the login page if signed out).
let knownParent: Me | null = null;

/**
 * The journey is for a signed-in parent: anyone else is sent to the login page, and an account still
 * on its temporary password to choose a new one first.
 */
export function ParentOnly({ children }: { children: (parent: Me) => ReactNode }) {
  const t = useChildT();
  const [session] = useSession();
  if (session.kind === "signedOut") {
    knownParent = null;
    return <Navigate to={paths.login} replace />;
  }
  if (session.kind === "signedIn") {
    if (session.me.mustChangePassword) return <Navigate to={paths.changePassword} replace />;
    knownParent = session.me;
  }
  if (!knownParent) {
    return (
      <Page title={t("details.title")}>
        <p role="status" className="text-lg">
          {t("child.checking")}
        </p>
      </Page>
    );
  }
  return children(knownParent);
}

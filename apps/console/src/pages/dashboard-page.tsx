import { Button } from "@ansinh/ui";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useT } from "../i18n/messages";
import { Page } from "../layout/page";
import { paths } from "../paths";
import { isHelpAgent, isStaffRole, type StaffProfile, signOutStaff } from "../session";

/**
 * Who is signed in, and where their work is. Only reachable with a session, whose profile the route hands over (see router.tsx).
 */
export function DashboardPage({ staff }: { staff: StaffProfile }) {
  const t = useT();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutFailed, setSignOutFailed] = useState(false);

  async function signOut(): Promise<void> {
    if (signingOut) return;
    setSigningOut(true);
    setSignOutFailed(false);
    if (await signOutStaff()) {
      await navigate({ to: paths.login, replace: true });
      return;
    }
    // The session may still be open: say so rather than pretend, so nobody walks away signed in.
    setSigningOut(false);
    setSignOutFailed(true);
  }

  return (
    <Page title={t("dashboard.title")}>
      <section aria-labelledby="staff-greeting" className="max-w-2xl rounded-md bg-white p-6">
        <h2 id="staff-greeting" className="text-2xl font-bold">
          {t("dashboard.greeting")} <span lang="vi">{staff.fullName}</span>
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[max-content_1fr]">
          <dt className="font-bold">{t("dashboard.role")}</dt>
          <dd>{isStaffRole(staff.role) ? t(`role.${staff.role}`) : staff.role}</dd>
          <dt className="font-bold">{t("dashboard.office")}</dt>
          {/* Office names are proper names: read with Vietnamese pronunciation in either language. */}
          <dd lang="vi">{staff.office.name}</dd>
        </dl>
        {signOutFailed && (
          <p role="alert" className="mt-4 border-l-4 border-error pl-3 text-lg font-bold text-error">
            {t("dashboard.signOutFailed")}
          </p>
        )}
        <Button variant="secondary" className="mt-6" onClick={signOut}>
          {signingOut ? t("dashboard.signingOut") : t("dashboard.signOut")}
        </Button>
      </section>
      <p className="mt-8 text-lg text-muted">{t("dashboard.lead")}</p>
      <p className="mt-4 text-lg">
        <Link to={paths.dossiers} className="font-bold">
          {t("dashboard.dossiersLink")}
        </Link>
      </p>
      <p className="mt-4 text-lg">
        <Link to={paths.serviceRequests} className="font-bold">
          {t("dashboard.serviceRequestsLink")}
        </Link>
      </p>
      {isHelpAgent(staff) && (
        <>
          <p className="mt-4 text-lg">
            <Link to={paths.helpInbox} className="font-bold">
              {t("dashboard.helpInboxLink")}
            </Link>
          </p>
          <p className="mt-4 text-lg">
            <Link to={paths.petitions} className="font-bold">
              {t("dashboard.petitionsLink")}
            </Link>
          </p>
        </>
      )}
    </Page>
  );
}

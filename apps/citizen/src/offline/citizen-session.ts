import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { rememberLoginNotice } from "../account/login-notice";
import { asMe, isSessionReplaced, type Me } from "../account/session";
import { paths } from "../paths";
import { forgetRecords, type Owner, rememberOwner, storedOwner } from "./record-store";

/** What a GET to the API came back with, or that the server could not be reached at all. */
type Fetched = { kind: "unreachable" } | { kind: "answer"; status: number; body: unknown };

/**
 * GETs JSON from the API. No network, or a gateway in front of the API that cannot reach it
 * (502–504), both mean "unreachable": the page then shows what this phone kept.
 */
export async function getJson(path: string): Promise<Fetched> {
  try {
    const response = await fetch(path, {
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    if (response.status >= 502 && response.status <= 504) return { kind: "unreachable" };
    const body: unknown = await response.json().catch(() => null);
    return { kind: "answer", status: response.status, body };
  } catch {
    return { kind: "unreachable" };
  }
}

/**
 * A 401 means the session is over: the records kept on this phone go with it. When it ended because
 * another phone took the account over, the login page is told so it can say why.
 */
export async function endSession(body: unknown): Promise<"replaced" | "ended"> {
  await forgetRecords();
  if (!isSessionReplaced(401, body)) return "ended";
  rememberLoginNotice("sessionReplaced");
  return "replaced";
}

/**
 * Who is using the app: signed in (checked with the server just now), signed out, or "kept" — the
 * server cannot be reached, and this phone keeps the records of the person last signed in here.
 */
type Citizen =
  | { kind: "checking" }
  | { kind: "signedIn"; me: Me }
  | { kind: "kept"; owner: Owner }
  | { kind: "signedOut"; unreachable: boolean }
  | { kind: "replaced" };

export async function checkCitizen(): Promise<Exclude<Citizen, { kind: "checking" }>> {
  const fetched = await getJson("/api/auth/me");
  if (fetched.kind === "answer" && fetched.status === 401) {
    return (await endSession(fetched.body)) === "replaced" ? { kind: "replaced" } : signedOut(false);
  }
  const me = fetched.kind === "answer" && fetched.status === 200 ? asMe(fetched.body) : null;
  if (me) {
    await rememberOwner(me);
    return { kind: "signedIn", me };
  }
  // Unreachable, or the server failed: the records kept here, if any, are still the person's.
  const owner = await storedOwner();
  return owner ? { kind: "kept", owner } : signedOut(fetched.kind === "unreachable");
}

function signedOut(unreachable: boolean): { kind: "signedOut"; unreachable: boolean } {
  return { kind: "signedOut", unreachable };
}

/**
 * The citizen, checked once per mount. A session ended by another phone leads to the login page,
 * which says why; a forced password change leads to its page.
 */
export function useCitizen() {
  const navigate = useNavigate();
  const [citizen, setCitizen] = useState<Citizen>({ kind: "checking" });
  useEffect(() => {
    let current = true;
    void checkCitizen().then((found) => {
      if (!current) return;
      if (found.kind === "replaced") void navigate({ to: paths.login, replace: true });
      else if (found.kind === "signedIn" && found.me.mustChangePassword) {
        void navigate({ to: paths.changePassword, replace: true });
      } else setCitizen(found);
    });
    return () => {
      current = false;
    };
  }, [navigate]);
  return [citizen, setCitizen] as const;
}

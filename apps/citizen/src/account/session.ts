import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { paths } from "../paths";
import { rememberLoginNotice } from "./login-notice";

/** The signed-in person as GET /api/auth/me and POST /api/auth/login describe them. */
export interface Me {
  bhxhNumber: string;
  fullName: string;
  mustChangePassword: boolean;
}

/**
 * "checking" until /api/auth/me answers; anything but a profile (401, offline) counts as signed out.
 * `replaced`: the server ended this device's session because the account was bound to another phone.
 */
type Session =
  | { kind: "checking" }
  | { kind: "signedOut"; replaced?: boolean }
  | { kind: "signedIn"; me: Me };

/** The problem type of a 401 for a session that ended because the account moved to another phone. */
const sessionReplacedType = "/api/problems/session_replaced";

/**
 * True for the API's answer to a session ended by the binding of another phone (a 401 with this
 * problem type). Any page that gets it from an /api call should remember it, so the login page can
 * tell the person why they are there.
 */
export function isSessionReplaced(status: number, body: unknown): boolean {
  if (status !== 401 || typeof body !== "object" || body === null) return false;
  return Reflect.get(body, "type") === sessionReplacedType;
}

export function asMe(body: unknown): Me | null {
  if (typeof body !== "object" || body === null) return null;
  const bhxhNumber: unknown = Reflect.get(body, "bhxhNumber");
  const fullName: unknown = Reflect.get(body, "fullName");
  const mustChangePassword: unknown = Reflect.get(body, "mustChangePassword");
  if (typeof bhxhNumber !== "string" || typeof fullName !== "string") return null;
  if (typeof mustChangePassword !== "boolean") return null;
  return { bhxhNumber, fullName, mustChangePassword };
}

async function fetchMe(): Promise<Session> {
  try {
    const response = await fetch("/api/auth/me", {
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    const body: unknown = await response.json().catch(() => null);
    if (isSessionReplaced(response.status, body)) {
      rememberLoginNotice("sessionReplaced");
      return { kind: "signedOut", replaced: true };
    }
    const me = response.ok ? asMe(body) : null;
    return me ? { kind: "signedIn", me } : { kind: "signedOut" };
  } catch {
    return { kind: "signedOut" };
  }
}

/**
 * Asks the server who is signed in, once per mount; `setSession` lets the page record a sign-out.
 * A session ended because another phone took the account over leads to the login page, which says so:
 * the person must learn why, not just find themself signed out.
 */
export function useSession() {
  const navigate = useNavigate();
  const [session, setSession] = useState<Session>({ kind: "checking" });
  useEffect(() => {
    let current = true;
    void fetchMe().then((found) => {
      if (!current) return;
      if (found.kind === "signedOut" && found.replaced) void navigate({ to: paths.login, replace: true });
      else setSession(found);
    });
    return () => {
      current = false;
    };
  }, [navigate]);
  return [session, setSession] as const;
}

/** Ends this device's session. The cookie is HttpOnly, so only the server can remove it. */
export async function signOut(): Promise<boolean> {
  try {
    const response = await fetch("/api/auth/logout", { method: "POST", credentials: "same-origin" });
    return response.ok;
  } catch {
    return false;
  }
}

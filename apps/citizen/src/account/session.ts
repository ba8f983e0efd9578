import { useEffect, useState } from "react";

/** The signed-in person as GET /api/auth/me and POST /api/auth/login describe them. */
export interface Me {
  bhxhNumber: string;
  fullName: string;
  mustChangePassword: boolean;
}

/** "checking" until /api/auth/me answers; anything but a profile (401, offline) counts as signed out. */
type Session = { kind: "checking" } | { kind: "signedOut" } | { kind: "signedIn"; me: Me };

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
    const me = response.ok ? asMe(await response.json()) : null;
    return me ? { kind: "signedIn", me } : { kind: "signedOut" };
  } catch {
    return { kind: "signedOut" };
  }
}

/** Asks the server who is signed in, once per mount; `setSession` lets the page record a sign-out. */
export function useSession() {
  const [session, setSession] = useState<Session>({ kind: "checking" });
  useEffect(() => {
    let current = true;
    void fetchMe().then((found) => {
      if (current) setSession(found);
    });
    return () => {
      current = false;
    };
  }, []);
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

/**
 * Why the login page is being shown, when there is more to say than "sign in": the session here was
 * ended because the account was signed in on another phone, or the password has just been reset.
 * Kept in sessionStorage so that it survives the redirect and a reload, and is gone with the tab.
 */
export type LoginNotice = "sessionReplaced" | "passwordReset";

const storageKey = "ansinh.loginNotice";

export function rememberLoginNotice(notice: LoginNotice): void {
  try {
    sessionStorage.setItem(storageKey, notice);
  } catch {
    // Storage refused (private mode, full): the login page then simply has nothing to add.
  }
}

export function readLoginNotice(): LoginNotice | null {
  try {
    const stored = sessionStorage.getItem(storageKey);
    return stored === "sessionReplaced" || stored === "passwordReset" ? stored : null;
  } catch {
    return null;
  }
}

/** Called once the person is signed in again: the notice has served its purpose. */
export function clearLoginNotice(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing was kept.
  }
}

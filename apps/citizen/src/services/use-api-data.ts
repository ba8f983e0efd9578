import { useNavigate } from "@tanstack/react-router";
import { useCallback, useEffect, useState } from "react";
import { endSession, getJson } from "../offline/citizen-session";
import { paths } from "../paths";

/** What a services page has read from the API, or why it has nothing. */
export type ApiData<T> =
  | { kind: "loading" }
  | { kind: "signedOut" }
  | { kind: "ready"; data: T }
  /** 403 or 404: not this person's, or no such thing. */
  | { kind: "notFound" }
  /** Unreachable, a server failure, or an answer of a shape this app does not understand. */
  | { kind: "failed"; unreachable: boolean };

/**
 * GETs one API path on mount, whenever the path changes and on `reload`. Unlike the personal records
 * nothing is kept offline: a request's state is only worth showing as the server has it now. A 401 ends
 * the session here too (and leads to the login page when another phone took the account over).
 * `read` must be a stable function (a module-level reader). A null path waits.
 */
export function useApiData<T>(path: string | null, read: (body: unknown) => T | null) {
  const navigate = useNavigate();
  const [state, setState] = useState<ApiData<T>>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (path === null || attempt < 0) return;
    let live = true;
    setPending(true);
    void getJson(path).then(async (fetched) => {
      if (!live) return;
      setPending(false);
      if (fetched.kind === "unreachable") {
        setState({ kind: "failed", unreachable: true });
        return;
      }
      if (fetched.status === 401) {
        if ((await endSession(fetched.body)) === "replaced")
          void navigate({ to: paths.login, replace: true });
        else if (live) setState({ kind: "signedOut" });
        return;
      }
      if (fetched.status === 403 || fetched.status === 404) {
        setState({ kind: "notFound" });
        return;
      }
      const data = fetched.status >= 200 && fetched.status < 300 ? read(fetched.body) : null;
      setState(data === null ? { kind: "failed", unreachable: false } : { kind: "ready", data });
    });
    return () => {
      live = false;
    };
  }, [path, read, attempt, navigate]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, pending, reload };
}

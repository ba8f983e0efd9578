import { useNavigate } from "@tanstack/react-router";
import { useCallback, useEffect, useState } from "react";
import { checkCitizen, endSession, getJson } from "../offline/citizen-session";
import { type Owner, readRecord, saveRecord } from "../offline/record-store";
import { paths } from "../paths";

/**
 * One records page's data: from the server, or — when the server cannot be reached — the copy this
 * phone kept of the last answer (`kept`). `owner` is whose records they are, for what the page keeps.
 */
export type RecordState<T> =
  | { kind: "loading" }
  | { kind: "signedOut" }
  | { kind: "ready"; data: T; kept: boolean; owner: Owner | null }
  /** Nothing to show: unreachable with no copy kept here, or an answer the app does not understand. */
  | { kind: "unavailable"; unreachable: boolean }
  /** 403 or 404: e.g. a card the person may not see. */
  | { kind: "refused" };

type Settled<T> = Exclude<RecordState<T>, { kind: "loading" }> | { kind: "redirect"; to: string };

/** Asks the server who is signed in and for the record at once, and falls back on the kept copy. */
async function loadRecord<T>(path: string, read: (body: unknown) => T | null): Promise<Settled<T>> {
  const [citizen, fetched] = await Promise.all([checkCitizen(), getJson(path)]);
  if (citizen.kind === "replaced") return { kind: "redirect", to: paths.login };
  if (citizen.kind === "signedIn" && citizen.me.mustChangePassword) {
    return { kind: "redirect", to: paths.changePassword };
  }
  const owner = citizen.kind === "signedIn" ? citizen.me : citizen.kind === "kept" ? citizen.owner : null;

  if (fetched.kind === "answer" && fetched.status === 401) {
    return (await endSession(fetched.body)) === "replaced"
      ? { kind: "redirect", to: paths.login }
      : { kind: "signedOut" };
  }
  if (fetched.kind === "answer" && fetched.status >= 200 && fetched.status < 300) {
    const data = read(fetched.body);
    if (!data) return { kind: "unavailable", unreachable: false };
    if (citizen.kind === "signedIn") await saveRecord(citizen.me, path, fetched.body);
    return { kind: "ready", data, kept: false, owner: citizen.kind === "signedIn" ? citizen.me : null };
  }
  if (fetched.kind === "answer" && (fetched.status === 403 || fetched.status === 404))
    return { kind: "refused" };

  // Unreachable, or the server failed: the copy kept on this phone, if there is one.
  if (!owner)
    return citizen.kind === "signedOut" && !citizen.unreachable ? { kind: "signedOut" } : gone(fetched);
  const data = read(await readRecord(owner, path));
  return data ? { kind: "ready", data, kept: true, owner } : gone(fetched);
}

function gone(fetched: { kind: string }): { kind: "unavailable"; unreachable: boolean } {
  return { kind: "unavailable", unreachable: fetched.kind === "unreachable" };
}

/**
 * Loads a record on mount and whenever `path` changes; `reload` asks again (the "Thử lại" button).
 * `read` must be a stable function (a module-level reader).
 */
export function useRecord<T>(path: string, read: (body: unknown) => T | null) {
  const navigate = useNavigate();
  const [state, setState] = useState<RecordState<T>>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (attempt < 0) return;
    let current = true;
    // Another path or a retry keeps what is shown until the new answer comes; `pending` says so.
    setPending(true);
    void loadRecord(path, read).then((settled) => {
      if (!current) return;
      setPending(false);
      if (settled.kind === "redirect") void navigate({ to: settled.to, replace: true });
      else setState(settled);
    });
    return () => {
      current = false;
    };
  }, [path, read, attempt, navigate]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, pending, reload };
}

import { useLocale } from "@ansinh/ui";
import { useCallback, useRef, useState } from "react";
import { prepareProof } from "./proof-of-work";

/** A challenge lives 5 minutes on the server; one prepared longer ago than this is not used. */
const usableForMs = 4 * 60 * 1000;

interface Prepared {
  startedAt: number;
  promise: Promise<string | null>;
  /** The proof once found (null if it could not be made), so `take` knows whether anyone waits. */
  result?: string | null;
}

function fresh(current: Prepared | null): current is Prepared {
  return current !== null && Date.now() - current.startedAt < usableForMs;
}

/** A proof that could not be made (offline at the time) is tried again when it is needed. */
function usable(current: Prepared | null): current is Prepared {
  return fresh(current) && current.result !== null;
}

export interface ProofOfWork {
  /** Starts a proof in the background if none is on its way; cheap to call on every keystroke. */
  prepare: () => void;
  /**
   * The proof for one submission (each is accepted once), or null if none could be made. `fresh`
   * throws away the one prepared, after the server refused it.
   */
  take: (options?: { fresh?: boolean }) => Promise<string | null>;
  /** True while a submission waits for its proof: only then does the page say so. */
  waiting: boolean;
}

/** The proof of work of a protected look-up, solved while the person fills the form in. */
export function useProofOfWork(): ProofOfWork {
  const { locale } = useLocale();
  const prepared = useRef<Prepared | null>(null);
  const [waiting, setWaiting] = useState(false);

  const start = useCallback((): Prepared => {
    const next: Prepared = { startedAt: Date.now(), promise: prepareProof(locale) };
    void next.promise.then((result) => {
      next.result = result;
    });
    prepared.current = next;
    return next;
  }, [locale]);

  const prepare = useCallback(() => {
    if (!fresh(prepared.current)) start();
  }, [start]);

  const take = useCallback(
    async ({ fresh: refused = false } = {}) => {
      const current = !refused && usable(prepared.current) ? prepared.current : start();
      // Spent: the next submission makes (or the next keystroke starts) a new one.
      prepared.current = null;
      if (current.result !== undefined) return current.result;
      setWaiting(true);
      try {
        return await current.promise;
      } finally {
        setWaiting(false);
      }
    },
    [start],
  );

  return { prepare, take, waiting };
}

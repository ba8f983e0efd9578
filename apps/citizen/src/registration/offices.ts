import { useCallback, useEffect, useState } from "react";

export interface Office {
  code: string;
  name: string;
  level: "province" | "grassroots";
  /** The (new, 34-list) province the office belongs to. */
  provinceCode: string;
  address: string;
  phone: string;
}

export type OfficesState = { kind: "loading" } | { kind: "failed" } | { kind: "loaded"; offices: Office[] };

// One request per page load: the list changes with reorganisations, not between two steps of a form.
let cached: Promise<Office[]> | null = null;

function isOffice(value: unknown): value is Office {
  if (typeof value !== "object" || value === null) return false;
  return ["code", "name", "provinceCode"].every((key) => typeof Reflect.get(value, key) === "string");
}

async function fetchOffices(): Promise<Office[]> {
  const response = await fetch("/api/offices", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET /api/offices answered ${response.status}`);
  const body: unknown = await response.json();
  // The list itself, or wrapped as {offices: [...]} (the shape the API answers today).
  const list: unknown = Array.isArray(body)
    ? body
    : typeof body === "object" && body
      ? Reflect.get(body, "offices")
      : null;
  if (!Array.isArray(list)) throw new Error("GET /api/offices did not answer a list");
  return list.filter(isOffice).map((office) => ({
    ...office,
    level: office.level === "province" ? "province" : "grassroots",
    address: typeof office.address === "string" ? office.address : "",
    phone: typeof office.phone === "string" ? office.phone : "",
  }));
}

/** The receiving offices, fetched once; `retry` asks again after a failure. */
export function useOffices(): { state: OfficesState; retry: () => void } {
  const [state, setState] = useState<OfficesState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // Re-run on retry: the attempt number is what changed.
    void attempt;
    let live = true;
    cached ??= fetchOffices();
    cached.then(
      (offices) => {
        if (live) setState({ kind: "loaded", offices });
      },
      () => {
        cached = null;
        if (live) setState({ kind: "failed" });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ kind: "loading" });
    setAttempt((count) => count + 1);
  }, []);

  return { state, retry };
}

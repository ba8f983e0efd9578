import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time spent so far, in nanoseconds, read from Linux's /proc (schedstat: time on a CPU). Counted per
 * request, it says what an endpoint costs the app and PostgreSQL whatever else the machine is doing,
 * where requests per second move with every neighbour. Undefined where /proc does not tell.
 */
function onCpu(pid: number | string): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]);
  } catch {
    return undefined;
  }
}

/** The app process's CPU time. */
export const processCpu = (pid: number | undefined) => (pid === undefined ? undefined : onCpu(pid));

/** All PostgreSQL server processes together (backends, writers): the local server under load. */
export function postgresCpu(): number | undefined {
  let total: number | undefined;
  for (const pid of readdirSafe()) {
    let comm: string;
    try {
      comm = readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    } catch {
      continue; // the process ended between the listing and the read
    }
    if (comm !== "postgres") continue;
    const time = onCpu(pid);
    if (time !== undefined) total = (total ?? 0) + time;
  }
  return total;
}

function readdirSafe(): string[] {
  try {
    return readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
}

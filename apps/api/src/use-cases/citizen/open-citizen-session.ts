import { insertSession, type SqlRunner } from "@ansinh/db";
import { CITIZEN_SESSION } from "../../auth/citizen-session";
import { newSessionToken } from "../../auth/session-token";

/** Opens a citizen session (on a bound phone when device binding is on) and returns its cookie token. */
export async function openCitizenSession(
  db: SqlRunner,
  personId: string,
  deviceId: string | null,
): Promise<string> {
  const { token, hash } = newSessionToken();
  await insertSession(db, {
    tokenHash: hash,
    kind: "citizen",
    personId,
    deviceId,
    lifetimeMinutes: CITIZEN_SESSION.lifetimeMinutes,
  });
  return token;
}

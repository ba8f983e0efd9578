import { type CitizenProfile, findCitizenProfile } from "@ansinh/db";
import type { FastifyRequest } from "fastify";
import type { RouteContext } from "../routes/route-context";
import { notSignedIn, requireSession, type SessionCookie } from "./session-cookie";

/** A citizen stays signed in on their phone for 30 days of use; two idle weeks end the session. */
export const CITIZEN_SESSION: SessionCookie = {
  name: "ansinh_session",
  kind: "citizen",
  lifetimeMinutes: 30 * 24 * 60,
  idleMinutes: 14 * 24 * 60,
};

/** The signed-in citizen behind the request's cookie, or a 401. */
export async function requireCitizen(
  request: FastifyRequest,
  context: RouteContext,
): Promise<CitizenProfile> {
  const session = await requireSession(request, CITIZEN_SESSION, context);
  const citizen = session.personId ? await findCitizenProfile(context.db, session.personId) : undefined;
  if (!citizen) throw notSignedIn();
  return citizen;
}

import { type CitizenProfile, findSignedInCitizen, findSignedInCitizenReading } from "@ansinh/db";
import type { FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error";
import type { RouteContext } from "../routes/route-context";
import type { PersonReader } from "../use-cases/records/person-reader";
import { requireSessionOwner, type SessionCookie } from "./session-cookie";

/** A citizen stays signed in on their phone for 30 days of use; two idle weeks end the session. */
export const CITIZEN_SESSION: SessionCookie = {
  name: "ansinh_session",
  kind: "citizen",
  lifetimeMinutes: 30 * 24 * 60,
  idleMinutes: 14 * 24 * 60,
};

const passwordChangeRequired = () =>
  new AppError("password_change_required", {
    vi: "Vui lòng đổi mật khẩu tạm thời trước khi tiếp tục.",
    en: "Please replace your temporary password before going on.",
  });

/**
 * The signed-in citizen behind the request's cookie, or a 401. Someone still on the temporary password
 * from the approval SMS is refused (403) unless the route opts in: an SMS can be read over a shoulder,
 * so nothing but the password change (and who they are, and signing out) opens until it is replaced.
 */
export async function requireCitizen(
  request: FastifyRequest,
  context: RouteContext,
  options: { whilePasswordTemporary?: boolean } = {},
): Promise<CitizenProfile> {
  const citizen = await requireSessionOwner(request, CITIZEN_SESSION, context, findSignedInCitizen);
  if (citizen.mustChangePassword && !options.whilePasswordTemporary) throw passwordChangeRequired();
  return citizen;
}

/**
 * Reads of the signed-in citizen's own records, each checking the session in its own statement: a
 * records request costs one round trip, and is refused (401, 403) exactly as requireCitizen refuses.
 */
export function signedInReader(request: FastifyRequest, context: RouteContext): PersonReader {
  return async (read) => {
    const { owner, result } = await requireSessionOwner(request, CITIZEN_SESSION, context, (db, hash, idle) =>
      findSignedInCitizenReading(db, hash, idle, read),
    );
    if (owner.mustChangePassword) throw passwordChangeRequired();
    return result;
  };
}

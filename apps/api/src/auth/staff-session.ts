import { findStaffProfile, type StaffProfile, touchSession } from "@ansinh/db";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error";
import type { RouteContext } from "../routes/route-context";
import { hashSessionToken } from "./session-token";

export const STAFF_COOKIE = "ansinh_staff";
/** A staff session lasts a working day and ends after 30 idle minutes. */
export const STAFF_SESSION_MINUTES = 10 * 60;
const STAFF_IDLE_MINUTES = 30;

export function setStaffCookie(reply: FastifyReply, token: string, context: RouteContext) {
  reply.setCookie(STAFF_COOKIE, token, {
    path: "/api",
    httpOnly: true,
    // Strict: the cookie never rides on a request started by another site (CSRF).
    sameSite: "strict",
    secure: context.secureCookies,
    maxAge: STAFF_SESSION_MINUTES * 60,
  });
}

export function clearStaffCookie(reply: FastifyReply, context: RouteContext) {
  reply.clearCookie(STAFF_COOKIE, {
    path: "/api",
    httpOnly: true,
    sameSite: "strict",
    secure: context.secureCookies,
  });
}

const notSignedIn = () =>
  new AppError("unauthenticated", {
    vi: "Phiên làm việc đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.",
    en: "Your session has ended or you are not signed in. Please sign in again.",
  });

/** The signed-in staff member behind the request's cookie, or a 401. */
export async function requireStaff(request: FastifyRequest, context: RouteContext): Promise<StaffProfile> {
  const token = request.cookies[STAFF_COOKIE];
  if (!token) throw notSignedIn();
  const session = await touchSession(context.db, hashSessionToken(token), STAFF_IDLE_MINUTES);
  if (session?.kind !== "staff" || !session.staffId) throw notSignedIn();
  const staff = await findStaffProfile(context.db, session.staffId);
  if (!staff) throw notSignedIn();
  return staff;
}

import { findSignedInStaff, type StaffProfile } from "@ansinh/db";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { RouteContext } from "../routes/route-context";
import {
  clearSessionCookie,
  requireSessionOwner,
  type SessionCookie,
  setSessionCookie,
} from "./session-cookie";

/** A staff session lasts a working day and ends after 30 idle minutes. */
const STAFF_SESSION: SessionCookie = {
  name: "ansinh_staff",
  kind: "staff",
  lifetimeMinutes: 10 * 60,
  idleMinutes: 30,
};
export const STAFF_COOKIE = STAFF_SESSION.name;
export const STAFF_SESSION_MINUTES = STAFF_SESSION.lifetimeMinutes;

export const setStaffCookie = (reply: FastifyReply, token: string, context: RouteContext) =>
  setSessionCookie(reply, STAFF_SESSION, token, context);

export const clearStaffCookie = (reply: FastifyReply, context: RouteContext) =>
  clearSessionCookie(reply, STAFF_SESSION, context);

/** The signed-in staff member behind the request's cookie, or a 401. */
export function requireStaff(request: FastifyRequest, context: RouteContext): Promise<StaffProfile> {
  return requireSessionOwner(request, STAFF_SESSION, context, findSignedInStaff);
}

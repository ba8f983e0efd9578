import { type SqlRunner, sessionRevokedReason } from "@ansinh/db";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error";
import type { RouteContext } from "../routes/route-context";
import { hashSessionToken } from "./session-token";

/** One kind of session cookie: its name, how long a session lives and how long it may sit idle. */
export interface SessionCookie {
  name: string;
  kind: "staff" | "citizen";
  lifetimeMinutes: number;
  idleMinutes: number;
}

const options = (context: RouteContext) =>
  ({
    path: "/api",
    httpOnly: true,
    // Strict: the cookie never rides on a request started by another site (CSRF).
    sameSite: "strict",
    secure: context.secureCookies,
  }) as const;

export function setSessionCookie(
  reply: FastifyReply,
  cookie: SessionCookie,
  token: string,
  context: RouteContext,
) {
  reply.setCookie(cookie.name, token, { ...options(context), maxAge: cookie.lifetimeMinutes * 60 });
}

export function clearSessionCookie(reply: FastifyReply, cookie: SessionCookie, context: RouteContext) {
  reply.clearCookie(cookie.name, options(context));
}

const notSignedIn = () =>
  new AppError("unauthenticated", {
    vi: "Phiên làm việc đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.",
    en: "Your session has ended or you are not signed in. Please sign in again.",
  });

/** Why a phone was signed out: shown by the app, so that the person knows it was not a glitch. */
export const DEVICE_REPLACED = "device_replaced";

const replacedElsewhere = () =>
  new AppError("session_replaced", {
    vi: "Tài khoản của bạn vừa được đăng nhập trên một thiết bị khác nên phiên trên thiết bị này đã kết thúc. Nếu không phải bạn, hãy đăng nhập lại, đổi mật khẩu và gọi 1900 9068.",
    en: "Your account was just signed in on another device, so the session on this device has ended. If that was not you, sign in again, change your password and call 1900 9068.",
  });

/** Reads the owner of a live session of the cookie's kind (see findSessionOwner in packages/db). */
type FindOwner<T> = (db: SqlRunner, tokenHash: string, idleMinutes: number) => Promise<T | undefined>;

/** Whoever is signed in with the request's cookie (refreshing the session's idle clock), or a 401. */
export async function requireSessionOwner<T>(
  request: FastifyRequest,
  cookie: SessionCookie,
  context: RouteContext,
  findOwner: FindOwner<T>,
): Promise<T> {
  const token = request.cookies[cookie.name];
  if (!token) throw notSignedIn();
  const tokenHash = hashSessionToken(token);
  const owner = await findOwner(context.db, tokenHash, cookie.idleMinutes);
  if (owner) return owner;
  // Only a refused request pays for the second look-up.
  if ((await sessionRevokedReason(context.db, tokenHash)) === DEVICE_REPLACED) throw replacedElsewhere();
  throw notSignedIn();
}

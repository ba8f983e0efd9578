import type { FastifyInstance } from "fastify";

/** GET /api/me/statement.pdf with the cookie (none: anonymous) and any extra headers. */
export function getStatementPdf(app: FastifyInstance, cookie?: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: "GET",
    url: "/api/me/statement.pdf",
    headers: cookie ? { ...headers, cookie } : headers,
  });
}

/** POST /api/statements/verify with this body. */
export function postVerify(app: FastifyInstance, payload: unknown) {
  return app.inject({ method: "POST", url: "/api/statements/verify", payload: payload as object });
}

/** The token of a statement's verification URL (what follows "#"). */
export function tokenOf(url: string): string {
  return url.slice(url.indexOf("#") + 1);
}

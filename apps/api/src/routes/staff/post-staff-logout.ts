import { revokeSession } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import { hashSessionToken } from "../../auth/session-token";
import { clearStaffCookie, STAFF_COOKIE } from "../../auth/staff-session";
import type { RouteContext } from "../route-context";

/** Who may call: anyone; it ends the session of the cookie sent, if any (signing out twice is fine). */
export function registerPostStaffLogout(app: FastifyInstance, context: RouteContext) {
  app.post(
    "/logout",
    { schema: { tags: ["staff"], summary: "Ends the staff session of this browser" } },
    async (request, reply) => {
      const token = request.cookies[STAFF_COOKIE];
      if (token) await revokeSession(context.db, hashSessionToken(token), "logout");
      clearStaffCookie(reply, context);
      return reply.status(204).send();
    },
  );
}

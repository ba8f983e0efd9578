import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../../route-context";
import { registerGetStaffUsers } from "./get-staff-users";
import { registerPostStaffUser } from "./post-staff-user";

/** Staff accounts managed by an admin (issue 3): the office's staff, and a new account. */
export function registerStaffUserRoutes(app: FastifyInstance, context: RouteContext) {
  registerGetStaffUsers(app, context);
  registerPostStaffUser(app, context);
}

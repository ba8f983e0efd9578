import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { listStaffAccounts } from "../../../use-cases/staff/list-staff-accounts";
import type { RouteContext } from "../../route-context";
import { presentStaffUsers, staffUserListResponse } from "./get-staff-users.types";

/** Who may call: a signed-in admin (401 anonymous, 403 any other role); their office's staff only. */
export function registerGetStaffUsers(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/users",
    {
      schema: {
        tags: ["staff"],
        summary: "The staff accounts of the admin's office and its grassroots offices",
        response: { 200: staffUserListResponse },
      },
    },
    async (request) =>
      presentStaffUsers(await listStaffAccounts(context, await requireStaff(request, context))),
  );
}
